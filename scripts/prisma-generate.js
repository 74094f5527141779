// Generates the Prisma client from prisma/schema.prisma.
// Prisma's CLI fetches its native schema engine even for `generate`, which needs only WebAssembly;
// pointing it at a placeholder lets generation run offline. Migrations are plain SQL applied by lib/db/migrate.ts.
import { execFileSync } from "node:child_process";
import { existsSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const env = { ...process.env };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY) {
  const dir = join(tmpdir(), "ib-prisma");
  const placeholder = join(dir, "schema-engine-unused");
  if (!existsSync(placeholder)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(placeholder, "#!/bin/sh\necho 'schema engine not used: see lib/db/migrate.ts' >&2\nexit 1\n", {
      mode: 0o755,
    });
  }
  env.PRISMA_SCHEMA_ENGINE_BINARY = placeholder;
}
execFileSync(process.execPath, ["node_modules/prisma/build/index.js", "generate"], { stdio: "inherit", env });
