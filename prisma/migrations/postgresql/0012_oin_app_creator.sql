-- Who created each OIN app: an unlinked app is its creator's to change (lib/access/oin-app-policy.ts). Apps made
-- before this stay without one: while unlinked, only instance owners and admins may change them; once linked, the
-- project's roles govern them.
ALTER TABLE "OinApp" ADD COLUMN "createdById" TEXT;
