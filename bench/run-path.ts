// The request path of a run through the HTTP API, in-process (run: npx tsx --import ./bin/server-only-register.js
// bench/run-path.ts): POST /api/flows/:id/run of a stored 5-card flow with a write API token, 400 runs after 50 of
// warm-up, on the embedded database. Prints the mean and median time per run and the SQL statements per run
// (every statement the database prepares is counted), the figures issue 23's run path is judged by.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import Database from "better-sqlite3";
import { pureCardFlow } from "./lib/flows";
import { median } from "./lib/stats";

const dir = mkdtempSync(join(tmpdir(), "ib-bench-run-path-"));
process.env.DATABASE_URL = `file:${join(dir, "ib.db")}`;
process.env.IB_DATA_DIR = dir;

let statements = 0;
const prepare = Database.prototype.prepare;
Database.prototype.prepare = function counted(this: Database.Database, source: string) {
  statements++;
  return prepare.call(this, source);
} as typeof prepare;

const { createUser } = await import("../lib/accounts/users");
const { LOCAL_OWNER } = await import("../lib/accounts/local");
const { createApiToken } = await import("../lib/api-tokens/store");
const { createProject } = await import("../lib/projects/service");
const { createFlow } = await import("../lib/flows/store");
const runRoute = await import("../app/api/flows/[flowId]/run/route");

const user = await createUser(LOCAL_OWNER, {
  email: "bench@example.test",
  password: "bench password 1234",
  role: "admin",
});
const { secret } = await createApiToken(
  { userId: user.id, email: user.email, via: "session" },
  { name: "bench", scope: "write", expiresInDays: 1 },
);
const projectId = (await createProject({ name: "Run path" })).id;
const flowId = (await createFlow(projectId, pureCardFlow("Five cards", 5))).id;

async function runOnce(): Promise<void> {
  const response = await runRoute.POST(
    new Request(`http://127.0.0.1/api/flows/${flowId}/run`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${secret}` },
      body: JSON.stringify({ inputs: { n: 1 } }),
    }),
    { params: Promise.resolve({ flowId }) },
  );
  if (response.status !== 200) throw new Error(`run answered ${response.status}: ${await response.text()}`);
  await response.json();
}

for (let warm = 0; warm < 50; warm++) await runOnce();
const RUNS = 400;
const times: number[] = [];
const before = statements;
for (let run = 0; run < RUNS; run++) {
  const start = performance.now();
  await runOnce();
  times.push(performance.now() - start);
}
const mean = times.reduce((sum, time) => sum + time, 0) / RUNS;
console.log(`run through the route, ${RUNS} runs: mean ${mean.toFixed(2)} ms, median ${median(times).toFixed(2)} ms`);
console.log(`SQL statements per run: ${((statements - before) / RUNS).toFixed(1)}`);
