-- Sign-in limits shared by every app instance (lib/accounts/sign-in-limit.ts), and the audit log's anonymous events
-- aggregated (a count per kind of refusal and minute) in a bucket of their own (lib/audit/record.ts).
CREATE TABLE "SignInLimit" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "count" INTEGER NOT NULL,
    "windowStart" BIGINT NOT NULL,
    "blockedUntil" BIGINT NOT NULL
);

ALTER TABLE "AuditEvent" ADD COLUMN "count" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "AuditEvent" ADD COLUMN "aggregateKey" TEXT;
CREATE INDEX "AuditEvent_aggregateKey_time_idx" ON "AuditEvent"("aggregateKey", "time");
