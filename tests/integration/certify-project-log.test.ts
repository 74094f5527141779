// Issue 20, finding 5: a certification run logs like any stored run. POST /api/projects/:id/certify over a project
// drafted from the REST demo leaves, in the project's log and on its syslog receiver (UDP on 127.0.0.1), the
// certification's start and end, each action flow run's start and end, and each HTTP call, with no secret.
import { createSocket, type Socket } from "node:dgram";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningRestDemo, startRestDemo } from "@/demo/rest/server";
import { restDemoProject } from "../helpers/rest-demo-project";
import { useTempDatabase } from "../helpers/temp-db";
import { signIn } from "../helpers/signed-in";

useTempDatabase();
const owner = await signIn();

const certifyRoute = await import("@/app/api/projects/[projectId]/certify/route");
const { setProjectLogging } = await import("@/lib/project-log/settings");
const { recentProjectLogLines } = await import("@/lib/project-log/lines");

let demo: RunningRestDemo;
let receiver: Socket;
const datagrams: string[] = [];
let projectId = "";
let connectionId = "";

beforeAll(async () => {
  demo = await startRestDemo();
  ({ projectId, connectionId } = await restDemoProject(demo));
  receiver = createSocket("udp4");
  receiver.on("message", (message) => datagrams.push(message.toString("utf8")));
  await new Promise<void>((resolve) => receiver.bind(0, "127.0.0.1", resolve));
  await setProjectLogging(projectId, {
    level: "info",
    syslog: { host: "127.0.0.1", port: receiver.address().port, protocol: "udp", level: "info" },
  });
}, 60_000);

afterAll(async () => {
  receiver?.close();
  await demo?.close();
});

describe("a certification run in the project log", { timeout: 60_000 }, () => {
  it("logs its start and end, each flow run and each HTTP call, kept and forwarded", async () => {
    const response = await certifyRoute.POST(
      owner.request(`http://127.0.0.1/api/projects/${projectId}/certify`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ connectionId }),
      }),
      { params: Promise.resolve({ projectId }) },
    );
    expect(response.status).toBe(200);
    const report = await response.json();

    const lines = (await recentProjectLogLines(projectId)).reverse();
    const events = lines.map((line) => line.event);
    expect(events[0]).toBe("certification_started");
    expect(events.at(-1)).toBe("certification_finished");
    expect(lines.at(-1)).toMatchObject({ ok: report.ok, passed: expect.any(Number) });
    // Every call of a case is a run, and so is every call removing what the run created.
    const calls = report.cases.flatMap((entry: { calls: unknown[] }) => entry.calls).length;
    const runs = events.filter((event) => event === "run_started").length;
    expect(runs).toBeGreaterThanOrEqual(calls + report.cleanup.length);
    expect(events.filter((event) => event === "run_finished")).toHaveLength(runs);
    expect(lines).toContainEqual(
      expect.objectContaining({ event: "http_call", method: "POST", url: expect.stringContaining(demo.url) }),
    );

    await expect.poll(() => datagrams.join("\n")).toContain("certification_finished");
    const forwarded = datagrams.join("\n");
    expect(forwarded).toContain("certification_started");
    expect(forwarded).toContain("http_call");
    expect(forwarded + JSON.stringify(lines)).not.toContain(demo.settings.apiToken);
  });
});
