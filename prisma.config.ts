import { defineConfig } from "prisma/config";

// Used by `prisma generate` only; the app opens the database through lib/db/client.ts.
export default defineConfig({ schema: "prisma/schema.prisma" });
