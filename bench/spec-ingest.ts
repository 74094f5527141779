// Ingest speed and index size on GitHub's REST description (~13 MB JSON), next to swagger-parser's validate().
// Run: npx tsx bench/spec-ingest.ts   (installs bench/package.json's pinned @octokit/openapi on first run)
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import SwaggerParser from "@apidevtools/swagger-parser";
import { ingestSpec } from "../lib/spec/ingest";
import { median } from "./lib/stats";

const benchDir = dirname(fileURLToPath(import.meta.url));
const specFile = join(benchDir, "node_modules/@octokit/openapi/generated/api.github.com.json");
if (!existsSync(specFile)) {
  execFileSync("npm", ["install", "--prefix", benchDir, "--no-audit", "--no-fund", "--ignore-scripts"], {
    stdio: "inherit",
  });
}

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const text = readFileSync(specFile, "utf8");
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The process's high-water RSS (the kernel's figure: ingest is synchronous, so sampling would miss peaks). */
const peakRss = () => process.resourceUsage().maxRSS * 1024;

async function time(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

// Warm-up: ajv compiles its validator once per process; both sides get one untimed run.
const first = await ingestSpec(text);
if (!first.ok) throw new Error(JSON.stringify(first.errors));
await SwaggerParser.validate(JSON.parse(text));

const ingestTimes: number[] = [];
for (let i = 0; i < RUNS; i++) ingestTimes.push(await time(() => ingestSpec(text)));
const ingestRss = peakRss();

const swaggerTimes: number[] = [];
for (let i = 0; i < RUNS; i++) {
  // swagger-parser mutates what it validates, so each run gets a freshly parsed clone (parse not timed).
  const clone = JSON.parse(text);
  swaggerTimes.push(await time(() => SwaggerParser.validate(clone)));
}

const indexBytes = Buffer.byteLength(JSON.stringify(first.index));
const ingestMs = median(ingestTimes);
const swaggerMs = median(swaggerTimes);
console.log(
  `spec: api.github.com.json ${mb(text.length)}, ${first.index.operations.length} operations, ${first.warnings.length} warnings`,
);
console.log(
  `ingestSpec (parse + refs + validate + index): median ${ingestMs.toFixed(0)} ms over ${RUNS} runs [${ingestTimes.map((t) => t.toFixed(0)).join(", ")}]`,
);
console.log(
  `swagger-parser validate() alone (pre-parsed clone): median ${swaggerMs.toFixed(0)} ms [${swaggerTimes.map((t) => t.toFixed(0)).join(", ")}]`,
);
console.log(`ratio ingest / swagger-parser: ${(ingestMs / swaggerMs).toFixed(2)} (target <= 1.2)`);
console.log(`index: ${mb(indexBytes)} = ${((indexBytes / text.length) * 100).toFixed(1)}% of the spec (target <= 25%)`);
console.log(`peak RSS after warm-up + ingest runs: ${mb(ingestRss)}; after swagger-parser too: ${mb(peakRss())}`);
