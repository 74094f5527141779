-- Autosaved drafts belong to the user who made them (issue 22: one shared draft was offered to every later visitor).
-- A draft stored before this has no known author, so it is dropped: it held unsaved edits only, never a version.
DROP TABLE "FlowDraft";

CREATE TABLE "FlowDraft" (
    "flowId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "baseVersion" INTEGER NOT NULL,
    "definition" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    PRIMARY KEY ("flowId", "userId"),
    CONSTRAINT "FlowDraft_flowId_fkey" FOREIGN KEY ("flowId") REFERENCES "Flow" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
