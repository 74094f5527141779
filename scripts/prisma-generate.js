// Generates the Prisma clients from prisma/schema.prisma, the one schema: the SQLite client (embedded default) into
// lib/db/generated, and a PostgreSQL client into lib/db/generated-postgresql from the same schema with only its
// datasource provider and output changed (Prisma allows one provider per schema).
// Prisma's CLI fetches its native schema engine even for `generate`, which needs only WebAssembly;
// pointing it at a placeholder lets generation run offline. Migrations are plain SQL applied by lib/db/migrate.ts.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const env = { ...process.env };
const dir = join(tmpdir(), "ib-prisma");
mkdirSync(dir, { recursive: true });
if (!env.PRISMA_SCHEMA_ENGINE_BINARY) {
  const placeholder = join(dir, "schema-engine-unused");
  if (!existsSync(placeholder)) {
    writeFileSync(placeholder, "#!/bin/sh\necho 'schema engine not used: see lib/db/migrate.ts' >&2\nexit 1\n", {
      mode: 0o755,
    });
  }
  env.PRISMA_SCHEMA_ENGINE_BINARY = placeholder;
}

/** The schema with `from` replaced by `to`, failing loudly if the schema no longer has `from`. */
function replaceOnce(schema, from, to) {
  if (!schema.includes(from)) throw new Error(`prisma/schema.prisma no longer contains ${from}`);
  return schema.replace(from, to);
}

const generate = (schema) =>
  execFileSync(process.execPath, ["node_modules/prisma/build/index.js", "generate", "--schema", schema], {
    stdio: "inherit",
    env,
  });

generate("prisma/schema.prisma");
let postgresql = readFileSync("prisma/schema.prisma", "utf8");
postgresql = replaceOnce(postgresql, 'provider = "sqlite"', 'provider = "postgresql"');
postgresql = replaceOnce(
  postgresql,
  'output       = "../lib/db/generated"',
  `output       = ${JSON.stringify(resolve("lib/db/generated-postgresql"))}`,
);
const derived = join(dir, `schema-postgresql-${process.pid}.prisma`);
writeFileSync(derived, postgresql);
generate(derived);
rmSync(derived);
