// The operator's endpoints: /api/health (liveness), /api/ready (the database answers), and /api/metrics
// (Prometheus text, only with the IB_METRICS_TOKEN bearer token) counting runs, API answers and sign-ins.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { at, urlOf } from "../helpers/route-url";
import { type RunningServer, sendJson, startServer } from "../helpers/servers/http-server";
import { useTempDatabase } from "../helpers/temp-db";
import { card, flow, ref, returnCard } from "../unit/engine/flow-builder";

useTempDatabase();

const health = at("/api/health", await import("@/app/api/health/route"));
const ready = at("/api/ready", await import("@/app/api/ready/route"));
const metrics = at("/api/metrics", await import("@/app/api/metrics/route"));
const authRoute = await import("@/app/api/auth/[...all]/route");
const { createProject } = await import("@/lib/projects/service");
const { createAuthConfig } = await import("@/lib/auth/store");
const connections = await import("@/lib/connections/store");
const { createFlow } = await import("@/lib/flows/store");
const { runStoredFlow } = await import("@/lib/flows/run");

const TOKEN = "scrape-token-5531";
const noParams = { params: Promise.resolve({}) } as { params: Promise<Record<string, never>> };
const scrape = (authorization?: string) =>
  metrics.GET(new Request(urlOf(metrics.GET), { headers: authorization ? { authorization } : {} }), noParams);

/** The value of one sample line (`name{labels} value`) in the exposition, or 0 when absent. */
function sample(text: string, line: string): number {
  const found = text.split("\n").find((entry) => entry.startsWith(`${line} `));
  return found ? Number(found.slice(line.length + 1)) : 0;
}

let api: RunningServer;
beforeAll(async () => {
  api = await startServer((request, response) =>
    request.url === "/missing" ? sendJson(response, 404, { message: "no such item" }) : sendJson(response, 200, {}),
  );
});
afterAll(() => api.stop());

describe("health, readiness and metrics", () => {
  it("answers liveness and readiness with the database named", async () => {
    expect(await (await health.GET(new Request(urlOf(health.GET)), noParams)).json()).toEqual({ ok: true });
    const answer = await ready.GET(new Request(urlOf(ready.GET)), noParams);
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ ok: true, checks: [{ name: "database", ok: true }] });
  });

  it("keeps metrics off without IB_METRICS_TOKEN, and refuses a wrong token", async () => {
    delete process.env.IB_METRICS_TOKEN;
    const off = await scrape(`Bearer ${TOKEN}`);
    expect(off.status).toBe(404);
    expect((await off.json()).message).toContain("IB_METRICS_TOKEN");
    process.env.IB_METRICS_TOKEN = TOKEN;
    expect((await scrape()).status).toBe(401);
    expect((await scrape("Bearer not-the-token")).status).toBe(401);
  });

  it("counts stored-flow runs by outcome, the API's answers by status class, and sign-ins", async () => {
    process.env.IB_METRICS_TOKEN = TOKEN;
    const before = await (await scrape(`Bearer ${TOKEN}`)).text();

    const projectId = (await createProject({ name: "Metrics" })).id;
    const auth = await createAuthConfig(projectId, { name: "None", type: "custom", settings: {}, parameters: [] });
    const draft = await connections.connectionDraft(projectId, auth.id);
    const connectionId = (
      await connections.createConnection(projectId, {
        ...draft,
        name: "Local",
        server: { protocol: "http", host: "127.0.0.1", port: api.port },
        tls: { enabled: false, rejectUnauthorized: true },
      })
    ).id;
    const get = (name: string, url: string) =>
      flow(name, [
        card("get", "http.rawRequest", { method: "GET", url }),
        returnCard("out", { status: ref("get", "status_code") }),
      ]);
    const found = (await createFlow(projectId, get("Found", "/items"))).id;
    const failing = (
      await createFlow(projectId, flow("Failing", [card("stop", "error.returnError", { message: "no" })]))
    ).id;
    const missing = (await createFlow(projectId, get("Missing", "/missing"))).id;
    expect((await runStoredFlow(found, { inputs: {}, connectionId })).ok).toBe(true);
    expect((await runStoredFlow(missing, { inputs: {}, connectionId })).error?.statusCode).toBe(404);
    expect((await runStoredFlow(failing, { inputs: {} })).ok).toBe(false);
    const refused = await authRoute.POST(
      new Request("http://127.0.0.1/api/auth/sign-in/email", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: "nobody@example.test", password: "not-a-password-11" }),
      }),
    );
    expect(refused.status).toBe(401);

    const answer = await scrape(`Bearer ${TOKEN}`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toContain("text/plain");
    const after = await answer.text();
    const grew = (line: string) => sample(after, line) - sample(before, line);
    expect(grew('ib_flow_runs_total{status="ok"}')).toBe(1);
    expect(grew('ib_flow_runs_total{status="failed"}')).toBe(2);
    expect(grew('ib_flow_run_duration_seconds_count{status="failed"}')).toBe(2);
    expect(grew('ib_outbound_http_responses_total{status_class="2xx"}')).toBe(1);
    expect(grew('ib_outbound_http_responses_total{status_class="4xx"}')).toBe(1);
    expect(grew('ib_sign_ins_total{outcome="failure"}')).toBe(1);
    expect(after).toContain("ib_process_resident_memory_bytes");
  });
});
