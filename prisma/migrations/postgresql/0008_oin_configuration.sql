-- "Configure your integration" of an OIN app: the flow of each operation, support email, test account, testing
-- instructions (JSON), and the test account's password sealed apart.
ALTER TABLE "OinApp" ADD COLUMN "configuration" TEXT NOT NULL DEFAULT '{}';
ALTER TABLE "OinApp" ADD COLUMN "configurationSecrets" TEXT;
