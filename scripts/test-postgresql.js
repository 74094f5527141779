// The integration tests on PostgreSQL (IB_TEST_DATABASE=postgresql: a throwaway cluster started by the vitest
// global setup, tests/setup/postgresql-server.ts). On a developer's machine `npm test` runs the files below, those
// that exercise the database layer (migrations, stores, SQL, access, audit, sign-in limits, secrets at rest), to
// keep its time; CI (CI=true) and `--all` run the whole integration project. Without Debian's postgresql package it
// says so and skips, except under CI, which installs it (.ci/run).
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";

const DATABASE_FILES = [
  "migrations-schema",
  "flows-store",
  "flows-concurrency",
  "sign-in-limits",
  "access-roles",
  "api-tokens",
  "api-tokens-powers",
  "connections-secrets",
  "audit-bounds",
  "engine-executions",
  "projects-spec",
].map((name) => `tests/integration/${name}.test.ts`);

const installed =
  existsSync("/usr/lib/postgresql") &&
  readdirSync("/usr/lib/postgresql").some((version) => existsSync(`/usr/lib/postgresql/${version}/bin/initdb`));
if (!installed) {
  const message = "PostgreSQL is not installed (apt-get install -y postgresql): the PostgreSQL tests are skipped.";
  if (process.env.CI === "true") {
    console.error(message);
    process.exit(1);
  }
  console.log(message);
  process.exit(0);
}

const all = process.argv.includes("--all") || process.env.CI === "true";
const files = all ? [] : DATABASE_FILES;
const run = spawnSync("npx", ["vitest", "run", "--project", "integration", ...files], {
  stdio: "inherit",
  env: { ...process.env, IB_TEST_DATABASE: "postgresql" },
});
process.exit(run.status ?? 1);
