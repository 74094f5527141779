// Issue 20, finding 2: refusals of callers nobody signed in for cannot push real events out of the audit log. They
// are aggregated (alike refusals within a minute are one event with a count) and kept in a bucket of their own
// (IB_AUDIT_MAX_ANONYMOUS_EVENTS); signed-in events leave only by retention, never by a count.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { signIn } from "../helpers/signed-in";
import { useTempDatabase } from "../helpers/temp-db";

useTempDatabase();
// On main the log's only count bound covered every event; both bounds are small here.
process.env.IB_AUDIT_MAX_EVENTS = "50";
process.env.IB_AUDIT_MAX_ANONYMOUS_EVENTS = "50";
const owner = await signIn("owner");
const projects = await import("@/app/api/projects/route");
const run = await import("@/app/api/flows/[flowId]/run/route");
const { listAuditEvents } = await import("@/lib/audit/query");

const APP = "http://127.0.0.1:3000";
const noParams = { params: Promise.resolve({}) } as { params: Promise<Record<string, never>> };
const createProject = (request: Request) => projects.POST(request, noParams);
const projectRequest = (name: string) => ({
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ name }),
});

// The clock stands still: 600 calls on a slow machine must not outlast the aggregation's minute.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
});
afterEach(() => {
  vi.useRealTimers();
});

async function realEvent(): Promise<number> {
  const response = await createProject(owner.request(`${APP}/api/projects`, projectRequest("Real work")));
  expect(response.status).toBe(200);
  const [event] = (await listAuditEvents({ action: "project.create", actor: owner.email })).events;
  return event.id;
}

describe("anonymous refusals in the audit log", () => {
  it("are aggregated: 600 alike refusals are one event counting them, and the real event stays", async () => {
    const real = await realEvent();
    for (let i = 0; i < 600; i++)
      expect((await createProject(new Request(`${APP}/api/projects`, projectRequest("x")))).status).toBe(401);
    const { events } = await listAuditEvents({}, { limit: 500 });
    expect(events.some((event) => event.id === real)).toBe(true);
    const anonymous = events.filter((event) => event.actor.id === "anonymous");
    expect(anonymous).toHaveLength(1);
    expect(anonymous[0]).toMatchObject({ action: "project.create", outcome: "failure", count: 600 });
  });

  it("are kept in a bucket of their own: refusals that differ evict only older refusals", async () => {
    const real = await realEvent();
    for (let i = 0; i < 120; i++) {
      const flowId = `flow-${i}`;
      const response = await run.POST(new Request(`${APP}/api/flows/${flowId}/run`, { method: "POST" }), {
        params: Promise.resolve({ flowId }),
      });
      expect(response.status).toBe(401);
    }
    const { events } = await listAuditEvents({}, { limit: 500 });
    expect(events.some((event) => event.id === real)).toBe(true);
    expect(events.filter((event) => event.actor.id === owner.userId)).toHaveLength(2);
    const anonymous = events.filter((event) => event.actor.id === "anonymous");
    expect(anonymous).toHaveLength(50);
    expect(anonymous[0].target.id).toBe("flow-119");
  });
});
