// The per-verb check on runs: a builder without the POST role of a project cannot run a flow whose connection call is
// a POST (403 naming the role, nothing sent: a real server on 127.0.0.1 counts every request), and can once granted.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/accounts/actor";
import type { GuardedRouteEntry } from "@/lib/routes/manifest";
import { useTempDatabase } from "../helpers/temp-db";
import { sendJson, startServer, type RunningServer } from "../helpers/servers/http-server";
import { card, flow, ref, returnCard } from "../unit/engine/flow-builder";

useTempDatabase();

const { createProject } = await import("@/lib/projects/service");
const { createAuthConfig } = await import("@/lib/auth/store");
const connections = await import("@/lib/connections/store");
const { createFlow } = await import("@/lib/flows/store");
const { runStoredFlow, testConnection } = await import("@/lib/flows/run");
const { listExecutions } = await import("@/lib/engine/executions");
const { grantProjectRole, revokeProjectRole } = await import("@/lib/access/grants");
const { AppError } = await import("@/lib/errors");
const { certifyProject } = await import("@/lib/certify/store");
const { projectIdOf } = await import("@/lib/access/target");
const { authorizeRoute } = await import("@/lib/routes/authorize");
const { ROUTE_MANIFEST } = await import("@/lib/routes/manifest");
const { requireProjectPermission } = await import("@/lib/access/grants");

const builder: Actor = { userId: "user-bea", email: "Bea@Example.com", role: "builder", via: "session" };
const viewer: Actor = { userId: "user-vic", email: "vic@example.com", role: "viewer", via: "session" };
const admin: Actor = { userId: "user-ada", email: "ada@example.com", role: "admin", via: "session" };

/** Lists items, then creates one inside If Error: a refusal is not caught, so the catch's DELETE is never sent. */
const createItem = flow("Create item", [
  card("list", "http.rawRequest", { method: "GET", url: "/items" }),
  card(
    "guarded",
    "error.ifError",
    {},
    {
      blocks: [
        {
          id: "try",
          cards: [card("create", "http.rawRequest", { method: "POST", url: "/items", body: { name: "widget" } })],
        },
        { id: "catch", cards: [card("undo", "http.rawRequest", { method: "DELETE", url: "/items/1" })] },
      ],
    },
  ),
  returnCard("out", { status: ref("list", "status_code") }),
]);

const authping = flow(
  "_authping",
  [card("ping", "http.rawRequest", { method: "GET", url: "/items" }), returnCard("done", { working: true })],
  { kind: "authping" },
);

/** A config value computed by a helper flow that POSTs through the connection before the flow itself runs. */
const fetchSession = flow("fetchSession", [
  card("login", "http.rawRequest", { method: "POST", url: "/session" }),
  returnCard("out", { session: ref("login", "body", "ok") }),
]);
const listItems = flow("List items", [card("list", "http.rawRequest", { method: "GET", url: "/items" })]);

let api: RunningServer;
const received: string[] = [];
let projectId = "";
let connectionId = "";
let flowId = "";
let sessionConnectionId = "";
let listId = "";

beforeAll(async () => {
  api = await startServer((request, response) => {
    received.push(`${request.method} ${request.url}`);
    sendJson(response, request.method === "POST" ? 201 : 200, { ok: true });
  });
  projectId = (await createProject({ name: "Acme" })).id;
  const auth = await createAuthConfig(projectId, {
    name: "Key",
    type: "custom",
    settings: {},
    parameters: [{ label: "API key", key: "apiKey", type: "password", in: "header", name: "X-Key" }],
  });
  const draft = await connections.connectionDraft(projectId, auth.id);
  connectionId = (
    await connections.createConnection(projectId, {
      ...draft,
      name: "Local",
      server: { protocol: "http", host: "127.0.0.1", port: api.port },
      tls: { enabled: false, rejectUnauthorized: true },
      parameters: { apiKey: "key-4411-secret" },
    })
  ).id;
  flowId = (await createFlow(projectId, createItem)).id;
  await createFlow(projectId, authping);

  const signed = await createAuthConfig(projectId, {
    name: "Session",
    type: "custom",
    settings: {},
    configValues: [
      {
        label: "Session",
        key: "session",
        source: { kind: "helperFlow", flow: "fetchSession" },
        type: "text",
        visible: false,
      },
    ],
  });
  await createFlow(projectId, fetchSession);
  listId = (await createFlow(projectId, listItems)).id;
  sessionConnectionId = (
    await connections.createConnection(projectId, {
      ...(await connections.connectionDraft(projectId, signed.id)),
      name: "With session",
      server: { protocol: "http", host: "127.0.0.1", port: api.port },
      tls: { enabled: false, rejectUnauthorized: true },
    })
  ).id;
});

afterAll(() => api?.stop());
beforeEach(() => {
  received.length = 0;
});

const run = (actor?: Actor) => runStoredFlow(flowId, { inputs: {}, connectionId }, { actor });

async function refusal(promise: Promise<unknown>): Promise<InstanceType<typeof AppError>> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as InstanceType<typeof AppError>;
}

describe("the per-verb check on runs", () => {
  it("refuses a builder who holds no role of the project before anything is sent", async () => {
    const error = await refusal(run(builder));
    expect(error.httpStatus).toBe(403);
    expect(error.message).toBe(
      'Running the flows of project Acme needs a role of the project (its admin role "Acme admin", or the role of each HTTP verb its flows send)',
    );
    expect(received).toEqual([]);
  });

  it("refuses the POST of a builder holding only GET: 403 naming the role, the POST (and the catch's DELETE) never sent, nothing recorded", async () => {
    await grantProjectRole({ role: "Acme GET", email: "bea@example.com" });
    const before = (await listExecutions(flowId)).length;
    const error = await refusal(run(builder));
    expect(error.httpStatus).toBe(403);
    expect(error.toJSON()).toMatchObject({
      code: "forbidden",
      message: 'Running this flow sends POST to the API: it needs the role "Acme POST" of project Acme',
    });
    expect(received).toEqual(["GET /items"]);
    expect(await listExecutions(flowId)).toHaveLength(before);
  });

  it("runs the flow once the POST role is granted, and refuses it again once revoked", async () => {
    await grantProjectRole({ role: "POST", projectId, email: "BEA@example.com" });
    const result = await run(builder);
    expect(result.ok).toBe(true);
    expect(received).toEqual(["GET /items", "POST /items"]);

    await revokeProjectRole({ role: "Acme POST", email: "bea@example.com" });
    received.length = 0;
    expect((await refusal(run(builder))).httpStatus).toBe(403);
    expect(received).toEqual(["GET /items"]);
  });

  it("lets the project's admin role send every verb", async () => {
    await grantProjectRole({ role: "Acme admin", email: "bea@example.com" });
    expect((await run(builder)).ok).toBe(true);
    expect(received).toEqual(["GET /items", "POST /items"]);
    await revokeProjectRole({ role: "Acme admin", email: "bea@example.com" });
  });

  it("lets instance admins and local ib run without any grant, and never a viewer, whatever it holds", async () => {
    expect((await run(admin)).ok).toBe(true);
    expect((await run()).ok).toBe(true);
    expect(received).toEqual(["GET /items", "POST /items", "GET /items", "POST /items"]);
    received.length = 0;
    await grantProjectRole({ role: "Acme admin", email: "vic@example.com" });
    const error = await refusal(run(viewer));
    expect(error.httpStatus).toBe(403);
    expect(error.message).toBe(
      "Running the flows of project Acme is not open to vic@example.com: a viewer can only read",
    );
    expect(received).toEqual([]);
  });

  it("answers Test connection without the GET role with a 403, keeping the connection's last test as it was", async () => {
    const first = await testConnection(connectionId);
    expect(first.working).toBe(true);
    received.length = 0;
    const outsider: Actor = { userId: "user-out", email: "out@example.com", role: "builder", via: "session" };
    await grantProjectRole({ role: "Acme POST", email: "out@example.com" });
    const error = await refusal(testConnection(connectionId, { actor: outsider }));
    expect(error.message).toBe('Running this flow sends GET to the API: it needs the role "Acme GET" of project Acme');
    expect(received).toEqual([]);
    const [stored] = await connections.listConnections(projectId);
    expect(stored.lastTest).toMatchObject({ working: true });
  });

  it("checks the requests of the helper flows that compute config values, before the flow itself runs", async () => {
    const carol: Actor = { userId: "user-carol", email: "carol@example.com", role: "builder", via: "session" };
    await grantProjectRole({ role: "Acme GET", email: "carol@example.com" });
    const error = await refusal(
      runStoredFlow(listId, { inputs: {}, connectionId: sessionConnectionId }, { actor: carol }),
    );
    expect(error.message).toBe(
      'Running this flow sends POST to the API: it needs the role "Acme POST" of project Acme',
    );
    expect(received).toEqual([]);

    await grantProjectRole({ role: "Acme POST", email: "carol@example.com" });
    const result = await runStoredFlow(listId, { inputs: {}, connectionId: sessionConnectionId }, { actor: carol });
    expect(result.ok).toBe(true);
    expect(received).toEqual(["POST /session", "GET /items"]);
  });

  it("needs the project's admin role to certify, refused before anything runs", async () => {
    const carol: Actor = { userId: "user-carol", email: "carol@example.com", role: "builder", via: "session" };
    await expect(certifyProject(projectId, { connectionId }, { actor: carol })).rejects.toMatchObject({
      code: "forbidden",
      message: 'Certifying project Acme needs the role "Acme admin"',
    });
    expect(received).toEqual([]);
  });

  it("finds the project a route's path is about (its flow, its connection) and asks the policy about it", async () => {
    expect(await projectIdOf({ flowId })).toBe(projectId);
    expect(await projectIdOf({ connectionId })).toBe(projectId);
    await expect(projectIdOf({ flowId: "nope" })).rejects.toMatchObject({ code: "not_found" });
    const dan: Actor = { userId: "user-dan", email: "dan@example.com", role: "builder", via: "session" };
    await expect(requireProjectPermission(dan, await projectIdOf({ connectionId }), "clone")).rejects.toMatchObject({
      code: "forbidden",
      message: 'Cloning in project Acme needs the role "Acme admin"',
    });
    await grantProjectRole({ role: "Acme admin", email: "dan@example.com" });
    expect(await requireProjectPermission(dan, projectId, "delete")).toMatchObject({ name: "Acme", held: ["admin"] });
  });

  it("puts a route under the policy its manifest entry names: reads open, changes and runs by role", async () => {
    const entry = (key: keyof typeof ROUTE_MANIFEST) => ROUTE_MANIFEST[key] as GuardedRouteEntry;
    const eve: Actor = { userId: "user-eve", email: "eve@example.com", role: "builder", via: "session" };
    expect(await authorizeRoute(eve, entry("GET /api/flows/[flowId]/executions"), { flowId })).toMatchObject({
      actor: eve,
    });
    await expect(authorizeRoute(eve, entry("PUT /api/flows/[flowId]"), { flowId })).rejects.toMatchObject({
      code: "forbidden",
      message: 'Changing project Acme needs the role "Acme admin"',
    });
    await expect(
      authorizeRoute(viewer, entry("POST /api/connections/[connectionId]/test"), { connectionId }),
    ).rejects.toMatchObject({ code: "forbidden", message: expect.stringContaining('"build" permission') });
    await grantProjectRole({ role: "Acme admin", email: "eve@example.com" });
    const deletion = entry("DELETE /api/projects/[projectId]/connections/[connectionId]");
    expect(await authorizeRoute(eve, deletion, { projectId, connectionId })).toMatchObject({ actor: eve });
    expect(await authorizeRoute(eve, entry("POST /api/roles/grant"), {})).toEqual({ actor: eve });
  });
});

describe("POST /api/flows/:id/run as a signed-in builder", () => {
  it("is refused with a 403 naming the POST role, nothing sent, and runs once the role is granted", async () => {
    const { signIn } = await import("../helpers/signed-in");
    const runRoute = await import("@/app/api/flows/[flowId]/run/route");
    const signedIn = await signIn("builder");
    const post = () =>
      runRoute.POST(
        signedIn.request(`http://127.0.0.1/api/flows/${flowId}/run`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ inputs: {}, connectionId }),
        }),
        { params: Promise.resolve({ flowId }) },
      );
    await grantProjectRole({ role: "Acme GET", email: signedIn.email });
    const refused = await post();
    expect(refused.status).toBe(403);
    expect((await refused.json()).message).toBe(
      'Running this flow sends POST to the API: it needs the role "Acme POST" of project Acme',
    );
    expect(received).toEqual(["GET /items"]);

    await grantProjectRole({ role: "Acme POST", email: signedIn.email });
    received.length = 0;
    const ran = await post();
    expect(ran.status).toBe(200);
    expect(await ran.json()).toMatchObject({ ok: true });
    expect(received).toEqual(["GET /items", "POST /items"]);
  });
});
