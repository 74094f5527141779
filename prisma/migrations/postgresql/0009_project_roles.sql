-- Project roles held by users: the project's admin role or one per HTTP verb (lib/access). Users are referenced by
-- email and id, without a foreign key to the accounts tables.
CREATE TABLE "ProjectRoleGrant" (
    "projectId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "userId" TEXT,
    "grantedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY ("projectId", "role", "email"),
    CONSTRAINT "ProjectRoleGrant_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "ProjectRoleGrant_email_idx" ON "ProjectRoleGrant"("email");
CREATE INDEX "ProjectRoleGrant_userId_idx" ON "ProjectRoleGrant"("userId");
