-- OAuth authorization code "Connect": tokens per connection (sealed) and pending sign-ins.
ALTER TABLE "Connection" ADD COLUMN "tokens" TEXT;
ALTER TABLE "Connection" ADD COLUMN "tokenStatus" TEXT;

CREATE TABLE "OAuthState" (
    "state" TEXT NOT NULL PRIMARY KEY,
    "connectionId" TEXT NOT NULL,
    "redirectUri" TEXT NOT NULL,
    "secrets" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "OAuthState_connectionId_fkey" FOREIGN KEY ("connectionId") REFERENCES "Connection" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "OAuthState_expiresAt_idx" ON "OAuthState"("expiresAt");
