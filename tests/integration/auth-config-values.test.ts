// Config values from helper flows at run time: computed before the flow runs (stored runs and `ib run` on a bundle),
// sent to a real local server, redacted when they are passwords, and clear errors when the helper is missing,
// fails, returns nothing or needs its own value.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTempDatabase } from "../helpers/temp-db";
import { ibWithTempData } from "../helpers/ib-cli";
import { sendJson, startServer, type RunningServer } from "../helpers/servers/http-server";
import { card, flow, ref, returnCard } from "../unit/engine/flow-builder";
import { signIn } from "../helpers/signed-in";
import { at, urlOf } from "../helpers/route-url";

const dir = useTempDatabase();
const owner = await signIn();

const { createProject } = await import("@/lib/projects/service");
const { createAuthConfig, updateAuthConfig } = await import("@/lib/auth/store");
const { configValueProblems } = await import("@/lib/flows/config-value-problems");
const connections = await import("@/lib/connections/store");
const { createFlow } = await import("@/lib/flows/store");
const { runStoredFlow, testConnection } = await import("@/lib/flows/run");
const { getExecution } = await import("@/lib/engine/executions");
const { exportProject } = await import("@/lib/bundle/project");
const authConfigsRoute = at(
  "/api/projects/[projectId]/auth-configs",
  await import("@/app/api/projects/[projectId]/auth-configs/route"),
);

const ACCOUNT = "acme-7731";
const SIGNING_KEY = `sk-${ACCOUNT}`;
const SESSION_TOKEN = "sess-4402-b9c1e7";
const param = (name: string) => ({ kind: "connectionParam" as const, name });

/** Pure cards: Text Concatenate of a literal and a connection parameter -> Return. */
const computeKey = flow("computeKey", [
  card(
    "concat",
    "text.concatenate",
    { prefix: "sk-", account: param("account") },
    {
      dynamicInputs: [
        { key: "prefix", type: { type: "text" } },
        { key: "account", type: { type: "text" } },
      ],
    },
  ),
  returnCard("out", { signingKey: ref("concat", "output") }),
]);

/** Fetches a session token through the connection, signed with the other config value (so it is computed first). */
const fetchSession = flow("fetchSession", [
  card(
    "headers",
    "object.construct",
    { "X-Signing-Key": param("signingKey") },
    { dynamicInputs: [{ key: "X-Signing-Key", type: { type: "text" } }] },
  ),
  card("login", "http.rawRequest", { method: "POST", url: "/session", headers: ref("headers", "output") }),
  returnCard("out", { session: ref("login", "body", "token") }),
]);

const send = flow("Send", [
  card(
    "headers",
    "object.construct",
    { "X-Session": param("sessionToken"), "X-Signing-Key": param("signingKey") },
    {
      dynamicInputs: [
        { key: "X-Session", type: { type: "text" } },
        { key: "X-Signing-Key", type: { type: "text" } },
      ],
    },
  ),
  card("call", "http.rawRequest", { method: "GET", url: "/echo", headers: ref("headers", "output") }),
  returnCard("out", { status: ref("call", "status_code") }),
]);

const failing = flow("failingKey", [
  card("divide", "number.divide", { a: 1, b: 0 }),
  returnCard("out", { value: ref("divide", "output") }),
]);
const silent = flow("silentKey", [returnCard("out", {})]);
const selfish = flow("selfishKey", [returnCard("out", { value: param("selfKey") })]);

let server: RunningServer;
const received: Record<string, string | string[] | undefined>[] = [];
let projectId = "";
let sendId = "";
let connectionId = "";
let errorsConfigId = "";
let errorsConnectionId = "";

const helperValue = (label: string, key: string, helper: string, type: "text" | "password" = "text") => ({
  label,
  key,
  source: { kind: "helperFlow" as const, flow: helper },
  type,
  visible: false,
});

beforeAll(async () => {
  server = await startServer((request, response) => {
    if (request.url === "/session" && request.method === "POST") {
      return request.headers["x-signing-key"] === SIGNING_KEY
        ? sendJson(response, 200, { token: SESSION_TOKEN })
        : sendJson(response, 401, { error: "bad key" });
    }
    received.push(request.headers);
    sendJson(response, 200, { ok: true });
  });
  projectId = (await createProject({ name: "Config values" })).id;
  const auth = await createAuthConfig(projectId, {
    name: "Signed session",
    type: "custom",
    settings: {},
    parameters: [{ label: "Account", key: "account", type: "text", in: "header", name: "X-Account" }],
    // Listed before the value it depends on: the runtime orders them by what their helpers bind.
    configValues: [
      helperValue("Session token", "sessionToken", "fetchSession", "password"),
      helperValue("Signing key", "signingKey", "computeKey"),
    ],
  });
  const errors = await createAuthConfig(projectId, { name: "Errors", type: "custom", settings: {}, configValues: [] });
  errorsConfigId = errors.id!;
  for (const helper of [computeKey, fetchSession, failing, silent, selfish]) await createFlow(projectId, helper);
  sendId = (await createFlow(projectId, send)).id;
  const server_ = { protocol: "http" as const, host: "127.0.0.1", port: server.port };
  const draft = await connections.connectionDraft(projectId, auth.id);
  connectionId = (
    await connections.createConnection(projectId, {
      ...draft,
      name: "Local",
      server: server_,
      tls: { enabled: false, rejectUnauthorized: true },
      parameters: { account: ACCOUNT },
    })
  ).id;
  const errorsDraft = await connections.connectionDraft(projectId, errorsConfigId);
  errorsConnectionId = (
    await connections.createConnection(projectId, {
      ...errorsDraft,
      name: "Errors",
      server: server_,
      tls: { enabled: false, rejectUnauthorized: true },
    })
  ).id;
});

afterAll(async () => server?.stop());

const setErrorValues = (...values: ReturnType<typeof helperValue>[]) =>
  updateAuthConfig(projectId, errorsConfigId, { name: "Errors", type: "custom", settings: {}, configValues: values });

describe("config values from helper flows", () => {
  it("are computed before a stored flow runs, sent to the server, and redacted in the trace when they are passwords", async () => {
    received.length = 0;
    const result = await runStoredFlow(sendId, { inputs: {}, connectionId });
    expect(result.error).toBeUndefined();
    expect(result.outputs).toEqual({ status: 200 });
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({
      "x-account": ACCOUNT,
      "x-signing-key": SIGNING_KEY,
      "x-session": SESSION_TOKEN,
    });

    const stored = await getExecution(result.executionId);
    const trace = JSON.stringify(stored.trace);
    expect(trace).toContain(SIGNING_KEY);
    expect(trace).not.toContain(SESSION_TOKEN);
    expect(trace).toContain("[redacted]");
  });

  it("say which config value needs a helper flow that does not exist, when validating and when running", async () => {
    await setErrorValues(helperValue("Other key", "otherKey", "computeMissing"));
    const message = 'Config value "Other key" needs helper flow "computeMissing", which does not exist.';
    expect((await configValueProblems(projectId))[errorsConfigId]).toEqual([
      { message, location: { pointer: "/configValues/0/source/flow", field: "otherKey" } },
    ]);
    const response = await authConfigsRoute.GET(owner.request(urlOf(authConfigsRoute.GET, { projectId })), {
      params: Promise.resolve({ projectId }),
    });
    expect((await response.json()).configValueProblems[errorsConfigId][0].message).toBe(message);
    await expect(runStoredFlow(sendId, { inputs: {}, connectionId: errorsConnectionId })).rejects.toMatchObject({
      code: "invalid_input",
      message,
    });
  });

  it("fail the run with the helper's error, naming the config value; Test connection says not working", async () => {
    await setErrorValues(helperValue("Broken key", "brokenKey", "failingKey"));
    await expect(runStoredFlow(sendId, { inputs: {}, connectionId: errorsConnectionId })).rejects.toThrow(
      /^Config value "Broken key": helper flow "failingKey" failed at card "divide" of flow "failingKey": .+/,
    );
    const authping = flow("_authping", [returnCard("out", { working: true, message: "ok" })]);
    await createFlow(projectId, {
      ...authping,
      kind: "authping",
      event: { ...authping.event, type: "authping", inputs: [] },
    });
    const tested = await testConnection(errorsConnectionId);
    expect(tested.working).toBe(false);
    expect(tested.message).toMatch(/^Config value "Broken key": helper flow "failingKey" failed/);
  });

  it("need an output from the helper", async () => {
    await setErrorValues(helperValue("Silent key", "silentKey", "silentKey"));
    await expect(runStoredFlow(sendId, { inputs: {}, connectionId: errorsConnectionId })).rejects.toThrow(
      'Config value "Silent key": helper flow "silentKey" returned no output.',
    );
  });

  it("refuse a helper that needs its own value", async () => {
    await setErrorValues(helperValue("Self key", "selfKey", "selfishKey"));
    await expect(runStoredFlow(sendId, { inputs: {}, connectionId: errorsConnectionId })).rejects.toThrow(
      'Config value "Self key" needs its own value: "Self key" (helper flow "selfishKey") needs "Self key" (helper flow "selfishKey").',
    );
    expect((await configValueProblems(projectId))[errorsConfigId]).toBeUndefined();
  });

  it("are computed by `ib run` from a bundle too", async () => {
    const bundle = join(dir, "bundle.json");
    writeFileSync(bundle, JSON.stringify(await exportProject(projectId)));
    received.length = 0;
    const { ib } = ibWithTempData();
    const run = await ib(
      "run",
      bundle,
      "--flow",
      "Send",
      "--base-url",
      server.baseUrl,
      "--set",
      `account=${ACCOUNT}`,
      "--json",
    );
    expect(run.stderr).toBe("");
    expect(run.json).toMatchObject({ ok: true, outputs: { status: 200 } });
    expect(received[0]).toMatchObject({ "x-signing-key": SIGNING_KEY, "x-session": SESSION_TOKEN });
    expect(run.stdout).not.toContain(SESSION_TOKEN);
  }, 60_000);
});
