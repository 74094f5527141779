// Issue 13, point 1: a secret is a tainted value. A marker secret of each auth kind (Basic, Bearer, API key in a
// header and in the query, OAuth client secret and access token) reaches a server on 127.0.0.1 that reflects headers,
// query and body, while the run's route answer (outputs, trace), the stored execution read back through its route
// and the log file hold it in no form: plain, base64, URL-encoded, nor split by `text.split`. A helper started with
// Call Flow Async fails parsing the secret as JSON, so the log gets a line whose message quotes (part of) it.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Binding } from "../../lib/flow/model";
import { startOAuthServer, type OAuthServer } from "../helpers/servers/oauth";
import { startServer, sendJson, type RunningServer } from "../helpers/servers/http-server";
import { useTempDatabase } from "../helpers/temp-db";
import { anyField, card, flow, ref, returnCard, textField } from "../unit/engine/flow-builder";
import { signIn } from "../helpers/signed-in";
import { at, urlOf } from "../helpers/route-url";

const dir = useTempDatabase();
const owner = await signIn();
process.env.IB_LOG_FILE = join(dir, "server.log");

const { createProject } = await import("@/lib/projects/service");
const { createAuthConfig } = await import("@/lib/auth/store");
const { createConnection } = await import("@/lib/connections/store");
const { createFlow } = await import("@/lib/flows/store");
const { closeDispatchers } = await import("@/lib/http/dispatcher");
const runRoute = at("/api/flows/[flowId]/run", await import("@/app/api/flows/[flowId]/run/route"));
const executionRoute = at(
  "/api/flows/[flowId]/executions/[executionId]",
  await import("@/app/api/flows/[flowId]/executions/[executionId]/route"),
);

// Each marker splits at "-" into pieces of 4+ characters; "/" and "+" make its URL-encoded form differ.
const MARKERS = {
  basic: "basicpw/MKB1-QQB2+zz-TAILB3",
  bearer: "bearertok/MKR1-QQR2+zz-TAILR3",
  headerKey: "hdrkey/MKH1-QQH2+zz-TAILH3",
  queryKey: "qrykey/MKQ1-QQQ2+zz-TAILQ3",
  clientSecret: "clientsec/MKC1-QQC2+zz-TAILC3",
};

let reflect: RunningServer;
let oauth: OAuthServer;
const received: { headers: Record<string, unknown>; url: string }[] = [];
let projectId = "";

const connectionParam = (name: string): Binding => ({ kind: "connectionParam", name });

/** The flow a careless builder writes: it calls the API and also returns the secret split, base64'd and URL-encoded. */
const leakyFlow = (name: string, secretParameter: string) =>
  flow(name, [
    card("call", "http.rawRequest", { method: "GET", url: "/reflect", query: { page: "1" } }),
    card("split", "text.split", { text: connectionParam(secretParameter), delimiter: "-" }),
    card("b64", "text.base64Encode", { text: connectionParam(secretParameter) }),
    card("enc", "url.encode", { text: connectionParam(secretParameter) }),
    card("joined", "text.concatenate", { texts: ref("split", "output") }),
    card(
      "async",
      "flow.callFlowAsync",
      { text: connectionParam(secretParameter) },
      { options: { flow: "parse secret" }, dynamicInputs: [anyField("text")] },
    ),
    returnCard("ret", {
      reflected: ref("call", "body"),
      pieces: ref("split", "output"),
      b64: ref("b64", "output"),
      enc: ref("enc", "output"),
      joined: ref("joined", "output"),
    }),
  ]);

beforeAll(async () => {
  reflect = await startServer((request, response) => {
    received.push({ headers: { ...request.headers }, url: request.url ?? "" });
    sendJson(response, 200, { headers: request.headers, url: request.url, body: request.bodyText });
  });
  oauth = await startOAuthServer({
    clients: [
      {
        clientId: "taint-cc",
        clientSecret: MARKERS.clientSecret,
        auth: "client_secret_basic",
        grants: ["client_credentials"],
      },
    ],
    users: {},
  });
  projectId = (await createProject({ name: "Taint" })).id;
  await createFlow(
    projectId,
    flow("parse secret", [card("parse", "json.parse", { string: ref("event", "text") })], {
      inputs: [textField("text", true)],
    }),
  );
});

afterAll(async () => {
  await closeDispatchers();
  await Promise.all([reflect.stop(), oauth.stop()]);
});

const server = () => ({ protocol: "http", host: "127.0.0.1", port: reflect.port, basePath: "" });

async function connectionFor(
  name: string,
  auth: Record<string, unknown>,
  parameters: Record<string, string>,
): Promise<string> {
  const config = await createAuthConfig(projectId, { name, settings: {}, parameters: [], configValues: [], ...auth });
  const connection = await createConnection(projectId, {
    name,
    authConfigId: config.id,
    server: server(),
    parameters,
  });
  return connection.id;
}

async function runThroughRoute(flowId: string, connectionId: string) {
  const response = await runRoute.POST(
    owner.request(urlOf(runRoute.POST, { flowId }), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ inputs: {}, connectionId }),
    }),
    { params: Promise.resolve({ flowId }) },
  );
  const answer = await response.text();
  const { executionId, ok } = JSON.parse(answer) as { executionId: string; ok: boolean };
  const stored = await (
    await executionRoute.GET(owner.request(urlOf(executionRoute.GET, { flowId, executionId })), {
      params: Promise.resolve({ flowId, executionId }),
    })
  ).text();
  return { ok, answer, stored };
}

const base64 = (text: string) => Buffer.from(text).toString("base64").replace(/=+$/, "");

/** Every form of a secret that must not be shown or stored. */
const forms = (secret: string) => [
  secret,
  base64(secret),
  encodeURIComponent(secret),
  ...secret.split("-").filter((piece) => piece.length >= 4),
];

function expectAbsent(secret: string, texts: Record<string, string>) {
  for (const [where, text] of Object.entries(texts)) {
    for (const form of forms(secret)) expect(text.includes(form), `"${form}" (from ${secret}) in ${where}`).toBe(false);
  }
}

const logText = () => readFileSync(process.env.IB_LOG_FILE!, "utf8");

/** Waits for the async helper's failure to reach the log (it ends after the run answered). */
async function logAfterAsyncFailures(count: number): Promise<string> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (existsSync(process.env.IB_LOG_FILE!)) {
      const text = logText();
      if (text.split("flow.async_call_failed").length - 1 >= count) return text;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`fewer than ${count} async failures logged`);
}

let asyncFailures = 0;

describe("a secret and everything computed from it stay out of what a run shows and stores", () => {
  it.each([
    ["Basic", "basic", { type: "basic" }, { username: "ann", password: MARKERS.basic }, "password"],
    ["Bearer", "bearer", { type: "bearer" }, { token: MARKERS.bearer }, "token"],
    [
      "API key in a header",
      "headerKey",
      {
        type: "custom",
        parameters: [{ label: "Key", key: "apiKey", type: "password", in: "header", name: "X-Api-Key" }],
      },
      { apiKey: MARKERS.headerKey },
      "apiKey",
    ],
    [
      "API key in the query",
      "queryKey",
      { type: "custom", parameters: [{ label: "Key", key: "apiKey", type: "password", in: "query", name: "api_key" }] },
      { apiKey: MARKERS.queryKey },
      "apiKey",
    ],
  ] as const)("%s", async (label, marker, auth, parameters, secretParameter) => {
    const secret = MARKERS[marker];
    const connectionId = await connectionFor(label, auth, parameters);
    const stored = await createFlow(projectId, leakyFlow(`leak ${marker}`, secretParameter));
    const before = received.length;
    const run = await runThroughRoute(stored.id, connectionId);
    expect(run.ok).toBe(true);

    // The server got the real credential.
    const sent = received.slice(before).map((request) => JSON.stringify(request));
    const wire =
      marker === "basic" ? base64(`ann:${secret}`) : marker === "queryKey" ? encodeURIComponent(secret) : secret;
    expect(sent.some((request) => request.includes(wire))).toBe(true);

    const log = await logAfterAsyncFailures(++asyncFailures);
    expect(log).toContain("[redacted]");
    expectAbsent(secret, { "route answer": run.answer, "stored execution": run.stored, log });
    if (marker === "basic")
      expectAbsent(`ann:${secret}`, { "route answer": run.answer, "stored execution": run.stored });
    expect(run.answer).toContain("[redacted]");
  });

  it("a text config value a helper flow computes from a secret is a secret too", async () => {
    const secret = "helperkey/MKX1-QQX2+zz-TAILX3";
    await createFlow(
      projectId,
      flow("shout key", [
        card("upper", "text.uppercase", { text: connectionParam("apiKey") }),
        returnCard("out", { shouted: ref("upper", "output") }),
      ]),
    );
    const connectionId = await connectionFor(
      "Helper value",
      {
        type: "custom",
        parameters: [{ label: "Key", key: "apiKey", type: "password" }],
        configValues: [
          {
            label: "Shouted",
            key: "shouted",
            type: "text",
            visible: true,
            source: { kind: "helperFlow", flow: "shout key" },
          },
        ],
      },
      { apiKey: secret },
    );
    const stored = await createFlow(
      projectId,
      flow("use shouted", [
        card(
          "h",
          "object.construct",
          { "X-Shouted": connectionParam("shouted") },
          { dynamicInputs: [{ key: "X-Shouted", type: { type: "text" } }] },
        ),
        card("call", "http.rawRequest", { method: "GET", url: "/reflect", headers: ref("h", "output") }),
        returnCard("ret", { shouted: connectionParam("shouted"), reflected: ref("call", "body") }),
      ]),
    );
    const before = received.length;
    const run = await runThroughRoute(stored.id, connectionId);
    expect(run.ok).toBe(true);
    expect(received[before].headers["x-shouted"]).toBe(secret.toUpperCase());
    expectAbsent(secret.toUpperCase(), { "route answer": run.answer, "stored execution": run.stored });
  });

  it("OAuth client secret and the access token obtained at run time", async () => {
    const connectionId = await connectionFor(
      "OAuth",
      { type: "oauth2ClientCredentials", settings: { tokenUrl: oauth.tokenUrl, clientAuth: "client_secret_basic" } },
      { clientId: "taint-cc", clientSecret: MARKERS.clientSecret },
    );
    const stored = await createFlow(projectId, leakyFlow("leak oauth", "clientSecret"));
    const before = received.length;
    const run = await runThroughRoute(stored.id, connectionId);
    expect(run.ok).toBe(true);

    const authorization = String(received.slice(before)[0]?.headers.authorization ?? "");
    const token = /^Bearer (.+)$/.exec(authorization)?.[1] ?? "";
    expect(token.length).toBeGreaterThan(10);
    const where = {
      "route answer": run.answer,
      "stored execution": run.stored,
      log: await logAfterAsyncFailures(++asyncFailures),
    };
    expectAbsent(MARKERS.clientSecret, where);
    for (const text of Object.values(where)) {
      expect(text.includes(token)).toBe(false);
      expect(text.includes(base64(token))).toBe(false);
    }
  });
});
