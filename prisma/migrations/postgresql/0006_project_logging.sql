-- Per-project logging: the level and forwarding settings of each project, and its recent structured log lines.
ALTER TABLE "Project" ADD COLUMN "logLevel" TEXT NOT NULL DEFAULT 'info';
ALTER TABLE "Project" ADD COLUMN "logForwarding" TEXT NOT NULL DEFAULT '{}';
CREATE TABLE "ProjectLogLine" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "projectId" TEXT NOT NULL,
    "time" TIMESTAMP(3) NOT NULL,
    "level" TEXT NOT NULL,
    "line" TEXT NOT NULL,
    CONSTRAINT "ProjectLogLine_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "ProjectLogLine_projectId_time_idx" ON "ProjectLogLine"("projectId", "time");
