// A Create User action flow run (the engine: contract input mapped to the demo's fields, POST, response mapped back
// to the SCIM user) against the local REST demo vs a direct undici request creating the same user. Each sample
// creates a new user; prints per-run medians and their ratio (target ≤ 1.5×: the flow adds mapping, not latency).
// Run: npx tsx bench/action-run.ts [runs]
import { performance } from "node:perf_hooks";
import { Agent, request } from "undici";
import { startRestDemo } from "../demo/rest/server";
import type { ResolvedConnection } from "../lib/connections/model";
import { runFlow } from "../lib/engine/run";
import { createHttpClient } from "../lib/http/client";
import { closeDispatchers } from "../lib/http/dispatcher";
import { handBuiltCreateUser } from "../tests/fixtures/flows/create-user";
import { median } from "./lib/stats";

const RUNS = Number(process.argv[2] ?? 300);
const WARM_UP = 30;
const demo = await startRestDemo();
const token = demo.settings.apiToken;
const connection: ResolvedConnection = {
  baseUrl: demo.url,
  auth: { type: "bearer", settings: {}, values: { token } },
  sentParameters: [],
  tls: { enabled: false, rejectUnauthorized: true },
  timeoutMs: 30_000,
  proxy: { mode: "direct", auth: { mode: "none" } },
  allowedHosts: [],
  secretValues: [token],
  parameters: {},
  tenantVariables: {},
};
const http = createHttpClient(connection);
const flow = handBuiltCreateUser();
const loadFlow = async () => undefined;
const user = (n: number, kind: string) => ({
  userName: `${kind}${n}@bench.test`,
  name: { givenName: "Bench", familyName: `${kind}${n}` },
});

async function viaFlow(n: number): Promise<number> {
  const started = performance.now();
  const result = await runFlow({ flow, inputs: { user: user(n, "flow") }, loadFlow, http, traceValues: false });
  if (!result.ok) throw new Error(`run ${n} failed: ${result.error?.message}`);
  return performance.now() - started;
}

const agent = new Agent({ connections: 16 });
async function direct(n: number): Promise<number> {
  const started = performance.now();
  const { userName, name } = user(n, "direct");
  const response = await request(`${demo.url}/api/v1/users`, {
    method: "POST",
    dispatcher: agent,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({ email: userName, first_name: name.givenName, last_name: name.familyName }),
  });
  const body = (await response.body.json()) as { id?: string };
  if (response.statusCode !== 201 || !body.id) throw new Error(`direct ${n}: ${response.statusCode}`);
  return performance.now() - started;
}

for (let n = 0; n < WARM_UP; n++) {
  await viaFlow(-n - 1);
  await direct(-n - 1);
}
const flowTimes: number[] = [];
const directTimes: number[] = [];
for (let n = 0; n < RUNS; n++) {
  flowTimes.push(await viaFlow(n));
  directTimes.push(await direct(n));
}
const flowMedian = median(flowTimes);
const directMedian = median(directTimes);
console.log(
  `Create User, ${RUNS} runs each against the local REST demo (${demo.store.inspect().users.length} users created)`,
);
console.log(`  action flow (runFlow)  median ${flowMedian.toFixed(3)} ms`);
console.log(`  direct undici request  median ${directMedian.toFixed(3)} ms`);
console.log(`  ratio ${(flowMedian / directMedian).toFixed(2)}× (target ≤ 1.5×)`);
await agent.close();
await closeDispatchers();
await demo.close();
