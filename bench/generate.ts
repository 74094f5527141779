// Core-flow generation speed after ingest: auth configurations + httpHelper, _authping (ping choice) and
// Custom API Action, on GitHub's REST description (~1,000 operations) and on Twilio's spec scaled to 1,000 operations.
// Run: npx tsx bench/generate.ts   (GitHub's description comes from bench/package.json's pinned @octokit/openapi)
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { bundleFromSpec } from "../lib/bundle/from-spec";
import { ingestSpec } from "../lib/spec/ingest";
import type { SpecIndex } from "../lib/spec/types";
import { median } from "./lib/stats";

const benchDir = dirname(fileURLToPath(import.meta.url));
const githubFile = join(benchDir, "node_modules/@octokit/openapi/generated/api.github.com.json");
const twilioFile = resolve(benchDir, "../tests/fixtures/specs/twilio-api-v2010.json");
const RUNS = Number(process.env.BENCH_RUNS ?? 20);

async function indexOf(file: string): Promise<SpecIndex> {
  const result = await ingestSpec(readFileSync(file, "utf8"), { fileName: file });
  if (!result.ok) throw new Error(JSON.stringify(result.errors[0]));
  return result.index;
}

/** Repeats a spec's operations under numbered prefixes until it has `count`. */
function scaled(index: SpecIndex, count: number): SpecIndex {
  const operations = Array.from({ length: count }, (_, i) => {
    const operation = index.operations[i % index.operations.length];
    const copy = Math.floor(i / index.operations.length);
    return copy === 0
      ? operation
      : { ...operation, path: `/v${copy}${operation.path}`, operationId: `${operation.operationId ?? "op"}_${copy}` };
  });
  return { ...index, operations };
}

function measure(label: string, index: SpecIndex) {
  bundleFromSpec(index); // warm-up (ajv compiles auth validators once per process)
  const times: number[] = [];
  let last = bundleFromSpec(index);
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    last = bundleFromSpec(index);
    times.push(performance.now() - start);
  }
  const ping = last.pingOperation ? `GET ${last.pingOperation.path}` : "none";
  console.log(
    `${label.padEnd(34)} ${String(index.operations.length).padStart(5)} ops  median ${median(times).toFixed(2).padStart(7)} ms  max ${Math.max(
      ...times,
    )
      .toFixed(2)
      .padStart(7)} ms  ` + `${last.bundle.authConfigurations.length} auth config(s), ping ${ping}`,
  );
}

if (!existsSync(githubFile)) {
  execFileSync("npm", ["install", "--prefix", benchDir, "--no-audit", "--no-fund", "--ignore-scripts"], {
    stdio: "inherit",
  });
}
console.log(`generation (auth + 3 core flows + ping choice), ${RUNS} runs after ingest; budget 100 ms`);
measure("api.github.com (GitHub REST)", await indexOf(githubFile));
measure("twilio-api-v2010 scaled to 1,000", scaled(await indexOf(twilioFile), 1000));
