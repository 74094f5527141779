-- A certification run's report per project: its cases with their results, durations, messages and redacted traces.
CREATE TABLE "CertificationRun" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "projectId" TEXT NOT NULL,
    "connectionId" TEXT NOT NULL,
    "ok" BOOLEAN NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "durationMs" INTEGER NOT NULL,
    "report" TEXT NOT NULL,
    CONSTRAINT "CertificationRun_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "CertificationRun_projectId_startedAt_idx" ON "CertificationRun"("projectId", "startedAt");
