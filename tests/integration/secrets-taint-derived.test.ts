// Issue 20, finding 1: a secret read one character at a time. A flow of 24 Text At cards (card i takes the
// connection's token at position i), Split into single characters, the Length of the pieces, the position of a
// character, a flag chosen from a character, a branch taken on one, an object built from one: every value computed
// from the secret, however short and whatever its type, is redacted in the run's answer, its trace and the stored
// execution, and its length shows nowhere. A value the flow returns that is not computed from the secret stays.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Binding, Card } from "../../lib/flow/model";
import { startServer, sendJson, type RunningServer } from "../helpers/servers/http-server";
import { useTempDatabase } from "../helpers/temp-db";
import { anyField, card, flow, lit, ref, returnCard } from "../unit/engine/flow-builder";
import { signIn } from "../helpers/signed-in";
import { at, urlOf } from "../helpers/route-url";

useTempDatabase();
const owner = await signIn();

const { createProject } = await import("@/lib/projects/service");
const { createAuthConfig } = await import("@/lib/auth/store");
const { createConnection } = await import("@/lib/connections/store");
const { createFlow } = await import("@/lib/flows/store");
const { closeDispatchers } = await import("@/lib/http/dispatcher");
const { recentProjectLogLines } = await import("@/lib/project-log/lines");
const runRoute = at("/api/flows/[flowId]/run", await import("@/app/api/flows/[flowId]/run/route"));
const executionRoute = at(
  "/api/flows/[flowId]/executions/[executionId]",
  await import("@/app/api/flows/[flowId]/executions/[executionId]/route"),
);

// Split at "-", it gives pieces of two characters.
const TOKEN = "Zq-9x-K2-mP-v7-Lw-R4-tY-8n-B3";
const REDACTED = "[redacted]";
const token: Binding = { kind: "connectionParam", name: "token" };

let api: RunningServer;
beforeAll(async () => {
  api = await startServer((_request, response) => sendJson(response, 200, {}));
});
afterAll(async () => {
  await closeDispatchers();
  await api.stop();
});

const positions = Array.from({ length: 24 }, (_, index) => index);
const assign = (id: string, values: Record<string, unknown>): Card =>
  card(id, "flow.assign", values, { dynamicInputs: Object.keys(values).map(anyField) });

const characterFlow = flow("read the token", [
  ...positions.map((index) => card(`at${index}`, "text.at", { text: token, position: index })),
  card("split", "text.split", { text: token, delimiter: "-" }),
  card("count", "list.length", { list: ref("split", "output") }),
  card("find", "text.find", { text: token, search: "Z" }),
  card("flag", "branch.assignIf", {
    a: ref("at0", "output"),
    comparison: "equal",
    b: "Z",
    ifTrue: "first is Z",
    ifFalse: "first is not Z",
  }),
  card(
    "branch",
    "branch.ifElse",
    { a: ref("at1", "output"), comparison: "equal", b: "q" },
    {
      dynamicOutputs: [anyField("said")],
      blocks: [
        { id: "then", cards: [assign("yes", { said: "second is q" })], results: { said: ref("yes", "said") } },
        { id: "else", cards: [assign("no", { said: "second is not q" })], results: { said: ref("no", "said") } },
      ],
    },
  ),
  card("object", "object.construct", { first: ref("at0", "output") }, { dynamicInputs: [anyField("first")] }),
  returnCard("ret", {
    ...Object.fromEntries(positions.map((index) => [`c${index}`, ref(`at${index}`, "output")])),
    pieces: ref("split", "output"),
    count: ref("count", "output"),
    found: ref("find", "output"),
    flag: ref("flag", "output"),
    said: ref("branch", "said"),
    object: ref("object", "output"),
    plain: lit("not a secret"),
  }),
]);

async function runAndRead(flowId: string, connectionId: string) {
  const response = await runRoute.POST(
    owner.request(urlOf(runRoute.POST, { flowId }), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ inputs: {}, connectionId }),
    }),
    { params: Promise.resolve({ flowId }) },
  );
  const answer = (await response.json()) as { ok: boolean; executionId: string; outputs: Record<string, unknown> };
  const stored = await executionRoute.GET(
    owner.request(urlOf(executionRoute.GET, { flowId, executionId: answer.executionId })),
    {
      params: Promise.resolve({ flowId, executionId: answer.executionId }),
    },
  );
  const { execution } = (await stored.json()) as { execution: { outputs: Record<string, unknown>; trace: unknown[] } };
  return { answer, stored: execution };
}

async function bearerConnection(projectId: string) {
  const config = await createAuthConfig(projectId, {
    name: "Bearer",
    type: "bearer",
    settings: {},
    parameters: [],
    configValues: [],
  });
  return createConnection(projectId, {
    name: "Bearer",
    authConfigId: config.id,
    server: { protocol: "http", host: "127.0.0.1", port: api.port, basePath: "" },
    parameters: { token: TOKEN },
  });
}

describe("every value computed from a secret is redacted, however short", () => {
  it("a request built from a character of the token is logged by its origin only", async () => {
    const { id: projectId } = await createProject({ name: "Characters in a URL" });
    const connection = await bearerConnection(projectId);
    const stored = await createFlow(
      projectId,
      flow("send a character", [
        card("at0", "text.at", { text: token, position: 0 }),
        card("query", "object.construct", { c: ref("at0", "output") }, { dynamicInputs: [anyField("c")] }),
        card("call", "http.rawRequest", { method: "GET", url: "/c", query: ref("query", "output") }),
      ]),
    );
    const { answer } = await runAndRead(stored.id, connection.id);
    expect(answer.ok).toBe(true);
    const calls = (await recentProjectLogLines(projectId)).filter((line) => line.event === "http_call");
    expect(calls).toHaveLength(1);
    expect(calls[0].url).toBe(`http://127.0.0.1:${api.port}/[redacted]`);
    expect(JSON.stringify(calls)).not.toContain(`c=${TOKEN[0]}`);
  });

  it("Text At, Split, Length, Find, a flag, a branch and an object of the token show nothing of it", async () => {
    const { id: projectId } = await createProject({ name: "Characters" });
    const connection = await bearerConnection(projectId);
    const stored = await createFlow(projectId, characterFlow);

    const { answer, stored: execution } = await runAndRead(stored.id, connection.id);
    expect(answer.ok, JSON.stringify(answer)).toBe(true);
    for (const [where, outputs] of [
      ["route answer", answer.outputs],
      ["stored execution", execution.outputs],
    ] as const) {
      for (const index of positions) expect(outputs[`c${index}`], `c${index} in ${where}`).toBe(REDACTED);
      for (const key of ["pieces", "count", "found", "flag", "said", "object"]) {
        expect(outputs[key], `${key} in ${where}`).toBe(REDACTED);
      }
      expect(outputs.plain).toBe("not a secret");
    }

    // The trace shows no character or piece of the token, nor how many pieces it has.
    const trace = JSON.stringify(execution.trace);
    for (const index of positions) expect(trace).not.toContain(`"output":${JSON.stringify(TOKEN[index])}`);
    for (const piece of TOKEN.split("-")) expect(trace).not.toContain(JSON.stringify(piece));
    expect(trace).not.toContain(`"output":${TOKEN.split("-").length}`);
    // Which literal a tainted condition chose is not shown either (the flow's own literals are, as inputs).
    expect(trace).not.toMatch(/"(output|said)":"(first is (not )?Z|second is (not )?q)"/);
    // Nor which block ran on it: the cards of a block chosen by a tainted condition are left out of the trace.
    expect(trace).not.toMatch(/"card":"(yes|no)"/);
  });
});
