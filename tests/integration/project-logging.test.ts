// Per-project logging: the level changes the next run without a restart, lines are redacted and bounded, and a
// syslog receiver on 127.0.0.1 gets the RFC 5424 lines of the forwarding project only.
import { createSocket, type Socket } from "node:dgram";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ibWithTempData } from "../helpers/ib-cli";
import { useTempDatabase } from "../helpers/temp-db";
import { sendJson, startServer, type RunningServer } from "../helpers/servers/http-server";
import { card, flow, ref, returnCard } from "../unit/engine/flow-builder";
import { signIn } from "../helpers/signed-in";

useTempDatabase();

const owner = await signIn();

const { createProject } = await import("@/lib/projects/service");
const { createAuthConfig } = await import("@/lib/auth/store");
const connections = await import("@/lib/connections/store");
const { createFlow } = await import("@/lib/flows/store");
const { runStoredFlow } = await import("@/lib/flows/run");
const { setProjectLogLevel } = await import("@/lib/project-log/settings");
const { secretForms } = await import("@/lib/secrets/redact");
const { db } = await import("@/lib/db/client");
const { keepProjectLogLines, recentProjectLogLines, MAX_KEPT_LINES, MAX_LINE_AGE_MS, PRUNE_EVERY_LINES } = await import(
  "@/lib/project-log/lines"
);
const loggingRoute = await import("@/app/api/projects/[projectId]/logging/route");

const API_KEY = "qk-5521-secret-apikey";
const TOKEN = "tok-7719-header-token";
/** Sent by the flow itself under a secret-named query parameter. */
const SESSION = "sess-3390-query-value";
const SECRETS = [API_KEY, TOKEN, SESSION].flatMap(secretForms);

/** GET /items through the connection (key in the query, token in a header), then POST /items with a body. */
const listItems = flow("List items", [
  card("list", "http.rawRequest", { method: "GET", url: "/items", query: { page: "2", session_token: SESSION } }),
  card("create", "http.rawRequest", { method: "POST", url: "/items", body: { name: "widget" } }),
  returnCard("out", { status: ref("list", "status_code") }),
]);

interface Project {
  id: string;
  flowId: string;
  connectionId: string;
}

let api: RunningServer;
let receiver: Socket;
let receiverPort = 0;
const datagrams: string[] = [];
let first: Project;
let second: Project;

async function projectWithFlow(name: string): Promise<Project> {
  const id = (await createProject({ name })).id;
  const auth = await createAuthConfig(id, {
    name: "Key and token",
    type: "custom",
    settings: {},
    parameters: [
      { label: "API key", key: "apiKey", type: "password", in: "query", name: "api_key" },
      { label: "Token", key: "token", type: "password", in: "header", name: "X-Token" },
    ],
  });
  const draft = await connections.connectionDraft(id, auth.id);
  const connectionId = (
    await connections.createConnection(id, {
      ...draft,
      name: "Local",
      server: { protocol: "http", host: "127.0.0.1", port: api.port },
      tls: { enabled: false, rejectUnauthorized: true },
      parameters: { apiKey: API_KEY, token: TOKEN },
    })
  ).id;
  return { id, connectionId, flowId: (await createFlow(id, listItems)).id };
}

const put = (projectId: string, body: unknown) =>
  loggingRoute.PUT(
    owner.request(`http://127.0.0.1/api/projects/${projectId}/logging`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    }),
    { params: Promise.resolve({ projectId }) },
  );

async function lines(projectId: string): Promise<Record<string, unknown>[]> {
  const response = await loggingRoute.GET(owner.request(`http://127.0.0.1/api/projects/${projectId}/logging`), {
    params: Promise.resolve({ projectId }),
  });
  expect(response.status).toBe(200);
  return (await response.json()).lines;
}

const run = async (project: Project) => {
  const result = await runStoredFlow(project.flowId, { inputs: {}, connectionId: project.connectionId });
  expect(result.error).toBeUndefined();
};

const expectNoSecret = (text: string) => {
  for (const secret of SECRETS) expect(text).not.toContain(secret);
};

beforeAll(async () => {
  // Echoes what it received (query, headers, body) and pads the answer past what a debug line keeps.
  api = await startServer((request, response) =>
    sendJson(response, request.method === "POST" ? 201 : 200, {
      url: request.url,
      headers: request.headers,
      body: request.bodyText,
      padding: "x".repeat(5_000),
    }),
  );
  receiver = createSocket("udp4");
  receiver.on("message", (message) => datagrams.push(message.toString("utf8")));
  await new Promise<void>((resolve) => receiver.bind(0, "127.0.0.1", resolve));
  receiverPort = receiver.address().port;
  first = await projectWithFlow("Forwarding");
  second = await projectWithFlow("Quiet");
});

afterAll(async () => {
  await api?.stop();
  receiver?.close();
});

describe("per-project logging", () => {
  it("logs runs and HTTP calls at info without bodies, and at debug with truncated bodies from the next run on", async () => {
    await run(first);
    const atInfo = await lines(first.id);
    expect(atInfo.map((line) => line.event).reverse()).toEqual([
      "run_started",
      "http_call",
      "http_call",
      "run_finished",
    ]);
    const get = atInfo.find((line) => line.method === "GET")!;
    expect(get).toMatchObject({ level: "info", status: 200, url: expect.stringContaining("/items?") });
    expect(get.durationMs).toEqual(expect.any(Number));
    expect(get).not.toHaveProperty("responseBody");
    // The connection's key never shows in the URL; a query value under a secret-named key is replaced.
    expect(get.url).toBe(`${api.baseUrl}/items?page=2&session_token=${encodeURIComponent("[redacted]")}`);

    await setProjectLogLevel(first.id, "debug");
    await run(first);
    const atDebug = await lines(first.id);
    expect(
      atDebug
        .slice(0, 6)
        .map((line) => line.event)
        .reverse(),
    ).toEqual(["run_started", "http_call", "http_bodies", "http_call", "http_bodies", "run_finished"]);
    expect(atDebug.filter((line) => line.level === "info" && "responseBody" in line)).toEqual([]);
    const post = atDebug.find((line) => line.event === "http_bodies" && line.method === "POST")!;
    expect(post).toMatchObject({ level: "debug", status: 201, requestBody: '{"name":"widget"}' });
    expect(post.responseBody).toMatch(/… \(\d+ chars\)$/);
    expect((post.responseBody as string).length).toBeLessThan(2_100);
    expectNoSecret(JSON.stringify(await lines(first.id)));
  });

  it("logs a call whose URL has user info that is not valid percent-encoding, without the user info", async () => {
    const project = await projectWithFlow("Odd user info");
    const odd = await createFlow(
      project.id,
      flow("Odd user info", [
        card("get", "http.rawRequest", { method: "GET", url: `http://us%zz:p%E0%A4%A@127.0.0.1:${api.port}/items` }),
        returnCard("out", { status: ref("get", "status_code") }),
      ]),
    );
    const result = await runStoredFlow(odd.id, { inputs: {}, connectionId: project.connectionId });
    expect(result.error).toBeUndefined();
    expect(result.outputs).toEqual({ status: 200 });
    const logged = await lines(project.id);
    expect(logged.find((line) => line.event === "http_call")).toMatchObject({ url: `${api.baseUrl}/items` });
    expect(JSON.stringify(logged)).not.toContain("p%E0%A4%A");
  });

  it("at error keeps no line of a successful run", async () => {
    const before = (await lines(second.id)).length;
    expect((await put(second.id, { level: "error" })).status).toBe(200);
    await run(second);
    expect(await lines(second.id)).toHaveLength(before);
  });

  it("forwards RFC 5424 lines over UDP for the forwarding project only, at the syslog's own level, with no secret", async () => {
    const response = await put(first.id, {
      level: "debug",
      syslog: { host: "127.0.0.1", port: receiverPort, protocol: "udp", facility: "local3", level: "info" },
    });
    expect(response.status).toBe(200);
    expect((await response.json()).logging.syslog).toMatchObject({ facility: "local3", level: "info" });
    expect((await put(second.id, { level: "debug" })).status).toBe(200);
    datagrams.length = 0;
    await run(second);
    await run(first);
    await expect.poll(() => datagrams.length).toBe(4);
    for (const datagram of datagrams) {
      // <PRI>VERSION TIMESTAMP HOSTNAME APP-NAME PROCID MSGID STRUCTURED-DATA BOM MSG; local3 (19) * 8 + info (6)
      const match = /^<158>1 (\S+) \S+ integration-builder \d+ (\S+) - \ufeff(.*)$/s.exec(datagram);
      expect(match, datagram).not.toBeNull();
      const message = JSON.parse(match![3]);
      expect(message.projectId).toBe(first.id);
      expect(message.event).toBe(match![2]);
      expect(message).not.toHaveProperty("responseBody");
      expectNoSecret(datagram);
    }
    expect(datagrams.map((datagram) => JSON.parse(datagram.split("\ufeff")[1]).event)).toEqual([
      "run_started",
      "http_call",
      "http_call",
      "run_finished",
    ]);
  });

  it("keeps a project's lines bounded by count and by age", async () => {
    const { id } = await createProject({ name: "Bounded" });
    const old = new Date(Date.now() - MAX_LINE_AGE_MS - 60_000).toISOString();
    const now = new Date().toISOString();
    await keepProjectLogLines(id, [
      { time: old, level: "info", event: "old" },
      { time: now, level: "info", event: "recent" },
    ]);
    expect((await recentProjectLogLines(id)).map((line) => line.event)).toEqual(["recent"]);
    const records = Array.from({ length: MAX_KEPT_LINES + 5 }, (_, n) => ({
      time: now,
      level: "info" as const,
      event: "new",
      n,
    }));
    await keepProjectLogLines(id, records);
    const kept = await recentProjectLogLines(id, MAX_KEPT_LINES);
    expect(kept).toHaveLength(MAX_KEPT_LINES);
    expect(kept.map((line) => line.n)).toEqual(
      records
        .slice(5)
        .map((record) => record.n)
        .reverse(),
    );
    // Runs write a few lines each and prune only now and then: storage stays within one pruning step of the bound.
    for (let n = 0; n < 2 * PRUNE_EVERY_LINES + 3; n++)
      await keepProjectLogLines(id, [{ time: now, level: "info", event: "later", n }]);
    const stored = await db().projectLogLine.count({ where: { projectId: id } });
    expect(stored).toBeGreaterThanOrEqual(MAX_KEPT_LINES);
    expect(stored).toBeLessThanOrEqual(MAX_KEPT_LINES + PRUNE_EVERY_LINES);
    const newest = await recentProjectLogLines(id, MAX_KEPT_LINES);
    expect(newest).toHaveLength(MAX_KEPT_LINES);
    expect(newest[0]).toMatchObject({ event: "later", n: 2 * PRUNE_EVERY_LINES + 2 });
  });

  it("refuses bad settings with the field and pointer, changing nothing", async () => {
    const badLevel = await put(second.id, { level: "verbose" });
    expect(badLevel.status).toBe(400);
    expect((await badLevel.json()).errors[0].location).toMatchObject({ field: "level", pointer: "/level" });
    const badPort = await put(second.id, { syslog: { host: "127.0.0.1", port: 70_000 } });
    expect(badPort.status).toBe(400);
    expect((await badPort.json()).errors[0].location).toMatchObject({ pointer: "/syslog/port" });
    const response = await loggingRoute.GET(owner.request(`http://127.0.0.1/api/projects/${second.id}/logging`), {
      params: Promise.resolve({ projectId: second.id }),
    });
    expect((await response.json()).logging).toEqual({ level: "debug", syslog: null });
  });

  it("ib project logging sets the level and shows the settings", { timeout: 60_000 }, async () => {
    const { ib } = ibWithTempData();
    const projectId = (await ib("project", "create", "--name", "Logged", "--json")).json.project.id;
    const shown = await ib("project", "logging", projectId, "--json");
    expect(shown.json.logging).toEqual({ level: "info", syslog: null });
    const changed = await ib("project", "logging", projectId, "--level", "debug", "--lines", "5", "--json");
    expect(changed.json).toEqual({ logging: { level: "debug", syslog: null }, lines: [] });
    const refused = await ib("project", "logging", projectId, "--level", "loud", "--json");
    expect(refused.code).toBe(1);
    expect(refused.json.errors[0].location).toMatchObject({ field: "level" });
  });
});
