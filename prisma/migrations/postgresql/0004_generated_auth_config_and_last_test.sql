-- The auth configuration a core flow was generated for (dialogs preselect it), and a connection's last test result.
ALTER TABLE "Flow" ADD COLUMN "generatedAuthConfigId" TEXT;
ALTER TABLE "Connection" ADD COLUMN "lastTest" TEXT;
