// Project roles figures (run: npx tsx bench/roles.ts), median and p95 over 50 runs after warm-up, on a database of
// 100 projects, each with a spec of 40 operations and 30 flows of 20 cards (verbs derived from both, then kept until
// the project changes): the first listing of every project's roles (cold, printed), then (a) the Roles page's list
// of every project's roles, budget 100 ms; (b) one project's roles, budget 20 ms; (c) the same list after one
// project changed, budget 150 ms; (d) the run guard's check of one request (the verb's role, held), budget 0.01 ms.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import type { Card, Flow } from "../lib/flow/model";
import { median, percentile } from "./lib/stats";

const dir = mkdtempSync(join(tmpdir(), "ib-bench-roles-"));
process.env.DATABASE_URL = `file:${join(dir, "ib.db")}`;
process.env.IB_DATA_DIR = dir;

const { createProject } = await import("../lib/projects/service");
const { uploadSpec } = await import("../lib/specs-store/store");
const { createFlow } = await import("../lib/flows/store");
const { grantRole, listProjectRoles } = await import("../lib/access/grants");
const { requestPermission } = await import("../lib/access/policy");

const METHODS = ["get", "post", "put", "patch", "delete"];
const spec = (operations: number) =>
  JSON.stringify({
    openapi: "3.0.3",
    info: { title: "Bench", version: "1" },
    paths: Object.fromEntries(
      Array.from({ length: operations / METHODS.length }, (_, path) => [
        `/items${path}`,
        Object.fromEntries(METHODS.map((method) => [method, { responses: { 200: { description: "ok" } } }])),
      ]),
    ),
  });

const flowOf = (name: string): Flow => ({
  schemaVersion: 1,
  name,
  kind: "helper",
  folder: "Shared Folder",
  enabled: true,
  saveAllData: false,
  version: 1,
  event: { type: "helperFlow", options: [], inputs: [], outputs: [] },
  cards: Array.from(
    { length: 20 },
    (_, index): Card => ({
      id: `c${index}`,
      type: "http.rawRequest",
      inputs: {
        method: { kind: "literal", value: METHODS[index % METHODS.length].toUpperCase() },
        url: { kind: "literal", value: "/items" },
      },
    }),
  ),
});

const PROJECTS = 100;
let firstId = "";
for (let project = 0; project < PROJECTS; project++) {
  const { id } = await createProject({ name: `Project ${project}` });
  firstId ||= id;
  await uploadSpec(id, { fileName: "bench.json", text: spec(40) });
  for (let flow = 0; flow < 30; flow++) await createFlow(id, flowOf(`Flow ${flow}`));
  await grantRole(id, "admin", { email: `owner${project}@bench.test` });
}

async function measure(label: string, budgetMs: number, runs: number, action: () => unknown) {
  for (let i = 0; i < 5; i++) await action();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await action();
    samples.push(performance.now() - started);
  }
  const p50 = median(samples);
  console.log(
    `${label}: median ${p50.toFixed(3)} ms, p95 ${percentile(samples, 95).toFixed(3)} ms (budget ${budgetMs} ms) ${p50 <= budgetMs ? "ok" : "OVER BUDGET"}`,
  );
  return p50 <= budgetMs;
}

const cold = performance.now();
await listProjectRoles();
console.log(`first listing of every role of ${PROJECTS} projects (cold): ${(performance.now() - cold).toFixed(1)} ms`);

const { touchProject } = await import("../lib/projects/touch");
const { db } = await import("../lib/db/client");

const actor = { userId: "u1", email: "u1@bench.test", role: "builder" as const, via: "session" as const };
const access = { id: firstId, name: "Project 0", held: ["GET", "POST"] as const };
const results = [
  await measure(`(a) every role of ${PROJECTS} projects`, 100, 50, () => listProjectRoles()),
  await measure("(b) one project's roles", 20, 50, () => listProjectRoles(firstId)),
  await measure("(c) every role after one project changed", 150, 50, async () => {
    await touchProject(db(), firstId);
    await listProjectRoles();
  }),
  await measure("(d) the run guard's check of one request", 0.01, 10_000, () =>
    requestPermission(actor, access, "POST"),
  ),
];
process.exitCode = results.every(Boolean) ? 0 : 1;
