// Action plan speed after ingest: every contract ranked over every operation of GitHub's REST description
// (~1,000 operations) and of the REST and SCIM demos' own descriptions, then the drafts of every planned contract.
// Targets: plan ≤ 150 ms on GitHub's; drafts for all 22 contracts ≤ 50 ms.
// Run: npx tsx bench/actions.ts   (GitHub's description comes from bench/package.json's pinned @octokit/openapi)
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { startRestDemo } from "../demo/rest/server";
import { startScimDemo } from "../demo/scim/server";
import { draftActionFlows } from "../lib/actions/draft";
import { planActions } from "../lib/actions/plan";
import { ingestSpec } from "../lib/spec/ingest";
import { parseSpecText } from "../lib/spec/parse";
import { median } from "./lib/stats";

const benchDir = dirname(fileURLToPath(import.meta.url));
const githubFile = join(benchDir, "node_modules/@octokit/openapi/generated/api.github.com.json");
const RUNS = Number(process.env.BENCH_RUNS ?? 20);

async function measure(label: string, text: string) {
  const ingested = await ingestSpec(text, { fileName: label });
  const parsed = await parseSpecText(text, label);
  if (!ingested.ok || !parsed.ok) throw new Error(`${label} does not ingest`);
  let plan = planActions(parsed.document, ingested.index); // warm-up
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    plan = planActions(parsed.document, ingested.index);
    times.push(performance.now() - start);
  }
  const planned = plan.actions.filter((action) => action.operation).length;
  const draftTimes: number[] = [];
  let drafted = 0;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    drafted = draftActionFlows(parsed.document, ingested.index, plan).flows.length;
    draftTimes.push(performance.now() - start);
  }
  console.log(
    `${label.padEnd(30)} ${String(ingested.index.operations.length).padStart(5)} ops  median ${median(times)
      .toFixed(2)
      .padStart(7)} ms  max ${Math.max(...times)
      .toFixed(2)
      .padStart(
        7,
      )} ms  ${planned}/22 contracts planned; drafts (${drafted} flows) median ${median(draftTimes).toFixed(2)} ms`,
  );
}

if (!existsSync(githubFile)) {
  execFileSync("npm", ["install", "--prefix", benchDir, "--no-audit", "--no-fund", "--ignore-scripts"], {
    stdio: "inherit",
  });
}
console.log(`action plan (22 contracts), ${RUNS} runs after ingest; target 150 ms`);
await measure("api.github.com (GitHub REST)", readFileSync(githubFile, "utf8"));
const demo = await startRestDemo();
await measure("REST demo", JSON.stringify(demo.openapi()));
await demo.close();
const scim = await startScimDemo();
await measure("SCIM demo", JSON.stringify(scim.openapi()));
await scim.close();
