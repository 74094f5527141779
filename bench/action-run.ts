// A drafted Create User action flow run against the local REST demo vs a direct undici call to the same
// endpoint (same body, same token). Target: the flow ≤ 1.5× the direct call (the flow adds mapping, not latency).
// The demo runs in its own process, as an API would. Run: npx tsx bench/action-run.ts
import { performance } from "node:perf_hooks";
import { Agent, request } from "undici";
import { parseBundle } from "../lib/bundle/schema";
import { bundleFromSpec } from "../lib/bundle/from-spec";
import { runBundleFlow } from "../lib/bundle/run";
import { closeDispatchers } from "../lib/http/dispatcher";
import { ingestSpec } from "../lib/spec/ingest";
import { restDemoProcess } from "./lib/rest-demo-process";
import { median } from "./lib/stats";

const RUNS = Number(process.env.BENCH_RUNS ?? 1000);
const demo = await restDemoProcess();
const document = demo.openapi;
const ingested = await ingestSpec(JSON.stringify(document));
if (!ingested.ok) throw new Error("the demo's description does not ingest");
const { bundle } = bundleFromSpec(ingested.index, {
  authScheme: "apiToken",
  actions: { document, contracts: ["Provisioning Create User"] },
});
const parsed = parseBundle(bundle, "bench");
const source = { kind: "baseUrl" as const, baseUrl: demo.url, values: { token: demo.apiToken } };
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
    headers: { authorization: `Bearer ${demo.apiToken}`, "content-type": "application/json" },
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
// Wall time is what a caller waits, and what the target is about. CPU time is this process's alone (the calling
// side: the demo serves from its own process), so it shows what the flow itself costs beside a bare undici call.
const samples = {
  direct: { wall: [] as number[], cpu: [] as number[] },
  flow: { wall: [] as number[], cpu: [] as number[] },
};
async function measure(side: keyof typeof samples, call: () => Promise<void>) {
  const cpu = process.cpuUsage();
  const start = performance.now();
  await call();
  samples[side].wall.push(performance.now() - start);
  const used = process.cpuUsage(cpu);
  samples[side].cpu.push((used.user + used.system) / 1000);
}
for (let i = 0; i < RUNS; i++) {
  await measure("direct", () => direct(i));
  await measure("flow", () => flow(i));
}
const figure = (kind: "wall" | "cpu") => {
  const ratio = median(samples.flow[kind]) / median(samples.direct[kind]);
  return `${kind} time: direct undici median ${median(samples.direct[kind]).toFixed(2)} ms, drafted flow median ${median(samples.flow[kind]).toFixed(2)} ms, ratio ${ratio.toFixed(2)}×`;
};
console.log(`Create User, ${RUNS} runs each (target ≤ 1.5×):\n  ${figure("wall")}\n  ${figure("cpu")}`);
await agent.close();
await closeDispatchers();
demo.close();
