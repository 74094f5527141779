// Overhead of the HTTP runtime: 2,000 sequential requests through a Bearer connection (createHttpClient().send, as the
// Raw Request card does) vs plain undici.request to the same local server. Prints per-request medians and their ratio.
// Run: npx tsx bench/http.ts [requests]
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import { Agent, request } from "undici";
import { createHttpClient } from "../lib/http/client";
import { closeDispatchers } from "../lib/http/dispatcher";
import type { ResolvedConnection } from "../lib/connections/model";
import { median } from "./lib/stats";

const REQUESTS = Number(process.argv[2] ?? 2000);
const WARM_UP = 200;
const payload = JSON.stringify({ id: 1, name: "Widget", tags: ["a", "b"] });

const server = createServer((incoming, response) => {
  incoming.resume();
  incoming.on("end", () => response.writeHead(200, { "content-type": "application/json" }).end(payload));
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const connection: ResolvedConnection = {
  baseUrl: `${baseUrl}/v1`,
  auth: { type: "bearer", settings: {}, values: { token: "bench-token-0123456789" } },
  sentParameters: [],
  tls: { enabled: false, rejectUnauthorized: true },
  timeoutMs: 30_000,
  proxy: { mode: "direct", auth: { mode: "none" } },
  allowedHosts: [],
  secretValues: ["bench-token-0123456789"],
  parameters: {},
  tenantVariables: {},
};
const client = createHttpClient(connection);
const agent = new Agent();

async function viaClient() {
  const response = await client.send({ method: "GET", url: "/items/1", query: { expand: "tags" } });
  if (!response.ok) throw new Error(`client answered ${response.status}`);
}

async function viaUndici() {
  const response = await request(`${baseUrl}/v1/items/1?expand=tags`, {
    method: "GET",
    headers: { authorization: "Bearer bench-token-0123456789" },
    dispatcher: agent,
  });
  JSON.parse(await response.body.text());
  if (response.statusCode !== 200) throw new Error(`undici answered ${response.statusCode}`);
}

async function timings(call: () => Promise<void>, count: number): Promise<number[]> {
  const samples: number[] = [];
  for (let index = 0; index < count; index += 1) {
    const start = performance.now();
    await call();
    samples.push(performance.now() - start);
  }
  return samples;
}

await timings(viaUndici, WARM_UP);
await timings(viaClient, WARM_UP);
// Alternate halves so machine noise hits both sides alike.
const undiciSamples = [...(await timings(viaUndici, REQUESTS / 2))];
const clientSamples = [...(await timings(viaClient, REQUESTS / 2))];
undiciSamples.push(...(await timings(viaUndici, REQUESTS / 2)));
clientSamples.push(...(await timings(viaClient, REQUESTS / 2)));

const undiciMedian = median(undiciSamples);
const clientMedian = median(clientSamples);
console.log(`requests per side:        ${REQUESTS}`);
console.log(`plain undici.request:     median ${(undiciMedian * 1000).toFixed(0)} µs`);
console.log(`createHttpClient().send:  median ${(clientMedian * 1000).toFixed(0)} µs (Bearer connection)`);
console.log(`ratio of medians:         ${(clientMedian / undiciMedian).toFixed(2)}× (target ≤ 1.25×)`);

await Promise.all([closeDispatchers(), agent.close()]);
server.close();
