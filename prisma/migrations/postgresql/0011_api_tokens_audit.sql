-- Personal API tokens (only their SHA-256 kept), the audit log and its retention setting.
CREATE TABLE "ApiToken" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "userEmail" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3)
);
CREATE UNIQUE INDEX "ApiToken_hash_key" ON "ApiToken"("hash");
CREATE INDEX "ApiToken_userId_idx" ON "ApiToken"("userId");
CREATE INDEX "ApiToken_prefix_idx" ON "ApiToken"("prefix");

CREATE TABLE "AuditEvent" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "time" TIMESTAMP(3) NOT NULL,
    "actorId" TEXT NOT NULL,
    "actorEmail" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "targetType" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "targetName" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "details" TEXT NOT NULL
);
CREATE INDEX "AuditEvent_time_idx" ON "AuditEvent"("time");
CREATE INDEX "AuditEvent_actorId_time_idx" ON "AuditEvent"("actorId", "time");
CREATE INDEX "AuditEvent_action_time_idx" ON "AuditEvent"("action", "time");

CREATE TABLE "AuditSetting" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "retentionDays" INTEGER NOT NULL
);
