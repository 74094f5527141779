// A drafted Create User action flow run against the local REST demo vs a direct undici call to the same
// endpoint (same body, same token). Target: the flow ≤ 1.5× the direct call (the flow adds mapping, not latency).
// Run: npx tsx bench/action-run.ts
import { performance } from "node:perf_hooks";
import { Agent, request } from "undici";
import { startRestDemo } from "../demo/rest/server";
import { parseBundle } from "../lib/bundle/schema";
import { bundleFromSpec } from "../lib/bundle/from-spec";
import { runBundleFlow } from "../lib/bundle/run";
import { closeDispatchers } from "../lib/http/dispatcher";
import { ingestSpec } from "../lib/spec/ingest";
import { median } from "./lib/stats";

const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const demo = await startRestDemo();
const document = demo.openapi();
const ingested = await ingestSpec(JSON.stringify(document));
if (!ingested.ok) throw new Error("the demo's description does not ingest");
const { bundle } = bundleFromSpec(ingested.index, {
  authScheme: "apiToken",
  actions: { document, contracts: ["Provisioning Create User"] },
});
const parsed = parseBundle(bundle, "bench");
const source = { kind: "baseUrl" as const, baseUrl: demo.url, values: { token: demo.settings.apiToken } };
const user = (n: number, kind: string) => ({
  user: {
    schemas: [],
    id: `${kind}${n}`,
    userName: `${kind}${n}@bench.test`,
    name: { givenName: "B", familyName: "Ench" },
  },
});

const agent = new Agent({ keepAliveTimeout: 10_000 });
async function direct(n: number) {
  const response = await request(`${demo.url}/api/v1/users`, {
    method: "POST",
    dispatcher: agent,
    headers: { authorization: `Bearer ${demo.settings.apiToken}`, "content-type": "application/json" },
    body: JSON.stringify({ email: `direct${n}@bench.test`, first_name: "B", last_name: "Ench" }),
  });
  await response.body.json();
}
async function flow(n: number) {
  const result = await runBundleFlow(parsed, "Provisioning Create User", user(n, "flow"), source);
  if (!result.ok || (result.outputs as { executionStatus: { status: string } }).executionStatus.status !== "SUCCEEDED")
    throw new Error(`the flow failed: ${JSON.stringify(result.error ?? result.outputs)}`);
}

for (let i = 0; i < 20; i++) await Promise.all([direct(-i - 1), flow(-i - 1)]); // warm-up
const directTimes: number[] = [];
const flowTimes: number[] = [];
for (let i = 0; i < RUNS; i++) {
  let start = performance.now();
  await direct(i);
  directTimes.push(performance.now() - start);
  start = performance.now();
  await flow(i);
  flowTimes.push(performance.now() - start);
}
const ratio = median(flowTimes) / median(directTimes);
console.log(
  `Create User, ${RUNS} runs: direct undici median ${median(directTimes).toFixed(2)} ms, drafted flow median ${median(flowTimes).toFixed(2)} ms, ratio ${ratio.toFixed(2)}× (target ≤ 1.5×)`,
);
await agent.close();
await closeDispatchers();
await demo.close();
