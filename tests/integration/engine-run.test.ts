// The engine end to end: control flow, errors, bounds, trace; HTTP through lib/http/client.ts to a real local server.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runFlow } from "../../lib/engine/run";
import type { Card, Flow } from "../../lib/flow/model";
import { anyField, card, flow, library, ref, returnCard, textField } from "../unit/engine/flow-builder";
import { startLocalApi, type LocalApi } from "../unit/engine/local-api";

let api: LocalApi;
beforeAll(async () => {
  api = await startLocalApi();
});
afterAll(() => api.close());

const run = (subject: Flow, inputs: Record<string, unknown> = {}, more: Partial<Parameters<typeof runFlow>[0]> = {}) =>
  runFlow({ flow: subject, inputs, loadFlow: library(), http: api.http, ...more });

const assign = (id: string, values: Record<string, unknown>): Card =>
  card(id, "flow.assign", values, { dynamicInputs: Object.keys(values).map(anyField) });

describe("If Error", () => {
  it("catches an HTTP failure from Raw Request and sees the error object", async () => {
    const subject = flow("Catcher", [
      card(
        "guard",
        "error.ifError",
        {},
        {
          dynamicOutputs: [anyField("status"), anyField("message")],
          blocks: [
            {
              id: "try",
              cards: [card("call", "http.rawRequest", { method: "GET", url: "/fail" })],
              results: { status: ref("call", "status_code") },
            },
            {
              id: "catch",
              cards: [
                assign("seen", {
                  status: ref("guard", "error", "statusCode"),
                  message: ref("guard", "error", "message"),
                }),
              ],
              results: { status: ref("seen", "status"), message: ref("seen", "message") },
            },
          ],
        },
      ),
      returnCard("out", {
        status: ref("guard", "status"),
        message: ref("guard", "message"),
        error: ref("seen", "message"),
      }),
    ]);
    const result = await run(subject, {}, { executionId: "exec-1" });
    expect(result.ok).toBe(true);
    expect(result.outputs).toEqual({
      status: 500,
      message: "GET /fail answered 500 Internal Server Error",
      error: "GET /fail answered 500 Internal Server Error",
    });
    const guard = result.trace[0];
    expect(guard.children?.map((entry) => [entry.block, entry.card, entry.error?.code])).toEqual([
      ["try", "call", "HTTP_500"],
      ["catch", "seen", undefined],
    ]);
  });

  it("passes the error's card, flow and execution, and the response as details", async () => {
    const subject = flow("Uncaught", [card("call", "http.rawRequest", { method: "GET", url: "/fail" })]);
    const result = await run(subject, {}, { executionId: "exec-2" });
    expect(result.error).toMatchObject({
      code: "HTTP_500",
      statusCode: 500,
      card: "call",
      flow: "Uncaught",
      execution: "exec-2",
      details: { status: 500, body: { error: "boom" } },
    });
  });

  it("reports a request that never left as HTTP_PREFLIGHT", async () => {
    const result = await run(
      flow("Bad URL", [card("call", "http.rawRequest", { method: "GET", url: "http://[nope" })]),
    );
    expect(result.error).toMatchObject({ code: "HTTP_PREFLIGHT", card: "call" });
    const noConnection = await run(
      flow("No connection", [card("call", "http.rawRequest", { method: "GET", url: "/ok" })]),
      {},
      { http: undefined },
    );
    expect(noConnection.error).toMatchObject({ code: "NO_CONNECTION" });
  });
});

describe("ending a flow", () => {
  it("Return Error ends the flow with its status code and message", async () => {
    const subject = flow(
      "Guarded",
      [
        card("first", "text.at", { text: ref("event", "url"), position: 0 }),
        card("check", "error.returnErrorIf", {
          a: ref("first", "output"),
          comparison: "not equal",
          b: "/",
          statusCode: 400,
          message: "Relative URL must start with /",
        }),
        returnCard("out", { ok: true }),
      ],
      { inputs: [textField("url", true)] },
    );
    expect((await run(subject, { url: "/users" })).outputs).toEqual({ ok: true });
    const refused = await run(subject, { url: "users" });
    expect(refused.error).toMatchObject({
      code: "RETURN_ERROR",
      statusCode: 400,
      message: "Relative URL must start with /",
      card: "check",
      flow: "Guarded",
    });
    expect(refused.trace.map((entry) => entry.card)).toEqual(["first", "check"]);
  });

  it("Continue If stops the flow, or only its block inside a container", async () => {
    const stop = card("stop", "branch.continueIf", { a: 1, comparison: "equal", b: 2 });
    const topLevel = await run(flow("Stops", [stop, returnCard("never", { x: 1 })]));
    expect(topLevel).toMatchObject({ ok: true, outputs: {} });
    expect(topLevel.trace.map((entry) => entry.card)).toEqual(["stop"]);

    const inBlock = await run(
      flow("Block stops", [
        card("guard", "error.ifError", {}, { blocks: [{ id: "try", cards: [stop, assign("skipped", { x: 1 })] }] }),
        returnCard("after", { reached: true }),
      ]),
    );
    expect(inBlock.outputs).toEqual({ reached: true });
    expect(inBlock.trace[0].children?.map((entry) => entry.card)).toEqual(["stop"]);
  });

  it("If/ElseIf runs the first true branch only", async () => {
    const branches = () =>
      flow(
        "Sizes",
        [
          card(
            "size",
            "branch.ifElseIf",
            {},
            {
              dynamicOutputs: [textField("label")],
              blocks: [
                {
                  id: "branch0",
                  inputs: {
                    a: ref("event", "n"),
                    comparison: { kind: "literal", value: "less" },
                    b: { kind: "literal", value: 10 },
                  },
                  cards: [assign("s", { label: "small" })],
                  results: { label: ref("s", "label") },
                },
                {
                  id: "branch1",
                  inputs: {
                    a: ref("event", "n"),
                    comparison: { kind: "literal", value: "less" },
                    b: { kind: "literal", value: 100 },
                  },
                  cards: [assign("m", { label: "medium" })],
                  results: { label: ref("m", "label") },
                },
                { id: "else", cards: [assign("l", { label: "large" })], results: { label: ref("l", "label") } },
              ],
            },
          ),
          returnCard("out", { label: ref("size", "label") }),
        ],
        { inputs: [{ key: "n", type: { type: "number" } }] },
      );
    const labels = await Promise.all([5, 50, 500].map(async (n) => (await run(branches(), { n })).outputs.label));
    expect(labels).toEqual(["small", "medium", "large"]);
  });
});

describe("Call Flow", () => {
  const greet = flow(
    "greet",
    [
      card(
        "c",
        "text.concatenate",
        { a: "hi ", b: ref("event", "name") },
        { dynamicInputs: [anyField("a"), anyField("b")] },
      ),
      returnCard("r", { greeting: ref("c", "output") }),
    ],
    { inputs: [textField("name", true)] },
  );

  it("runs the helper, returns its outputs and nests its trace", async () => {
    const subject = flow("Caller", [
      card(
        "call",
        "flow.callFlow",
        { name: "Ann" },
        { options: { flow: "greet" }, dynamicInputs: [anyField("name")], dynamicOutputs: [textField("greeting")] },
      ),
      returnCard("out", { greeting: ref("call", "greeting") }),
    ]);
    const result = await run(subject, {}, { loadFlow: library(greet) });
    expect(result.outputs).toEqual({ greeting: "hi Ann" });
    expect(result.trace[0].calls?.[0]).toMatchObject({ flow: "greet", trace: [{ card: "c" }, { card: "r" }] });
  });

  it("stops a flow that calls itself at the depth bound", async () => {
    const recursive = flow("loop", [card("again", "flow.callFlow", {}, { options: { flow: "loop" } })]);
    const result = await run(recursive, {}, { loadFlow: library(recursive), limits: { maxCallDepth: 4 } });
    expect(result.error).toMatchObject({ code: "LIMIT_CALL_DEPTH" });
    expect(result.error!.message).toContain("more than 4 deep (limit maxCallDepth)");
    let depth = 0;
    for (let entry = result.trace[0]; entry.calls?.length; entry = entry.calls[0].trace[0]) depth++;
    expect(depth).toBe(4);
  });
});

describe("bounds", () => {
  const echo = flow("echo", [returnCard("r", { object: ref("event", "object") })], {
    inputs: [{ key: "object", type: { type: "object" } }],
  });
  const noop = flow("noop", [assign("a", { x: 1 })], { inputs: [anyField("item"), anyField("index")] });

  it("stops Paginate without a break at 5,000 iterations", async () => {
    const subject = flow("Pages", [
      card("p", "flow.paginate", { object: { break: false }, path: "break" }, { options: { flow: "echo" } }),
    ]);
    const result = await run(subject, {}, { loadFlow: library(echo) });
    expect(result.error).toMatchObject({ code: "LIMIT_PAGINATE", card: "p" });
    expect(result.error!.message).toBe(
      "Run stopped: Paginate ran more than 5000 iterations (limit maxPaginateIterations)",
    );
    expect(result.trace[0].calls).toHaveLength(100);
    expect(result.trace[0].callsOmitted).toBe(4900);
  });

  it("stops a runaway flow at the cards bound", async () => {
    const subject = flow("Runaway", [
      card(
        "each",
        "list.forEach",
        { list: Array.from({ length: 20_000 }, (_, index) => index) },
        { options: { flow: "noop" } },
      ),
    ]);
    const result = await run(subject, {}, { loadFlow: library(noop) });
    expect(result.error).toMatchObject({
      code: "LIMIT_CARDS",
      flow: "Runaway",
      card: "each",
      message: "Run stopped: more than 10000 cards executed (limit maxCards)",
    });
  });

  it("stops a long flow at the wall-time bound", async () => {
    const subject = flow("Slow", [
      card(
        "each",
        "list.forEach",
        { list: Array.from({ length: 1_000_000 }, (_, index) => index) },
        { options: { flow: "noop" } },
      ),
    ]);
    const result = await run(
      subject,
      {},
      { loadFlow: library(noop), limits: { wallTimeMs: 100, maxCards: 10_000_000 } },
    );
    expect(result.error).toMatchObject({
      code: "LIMIT_WALL_TIME",
      message: "Run stopped: wall time exceeded 100 ms (limit wallTimeMs)",
    });
    expect(result.durationMs).toBeLessThan(5_000);
  });
});

describe("inputs and bindings", () => {
  const typed = flow("Typed", [returnCard("r", { n: ref("event", "n") })], {
    inputs: [
      { key: "n", type: { type: "number" }, required: true },
      { key: "tags", type: { type: "list", items: { type: "text" } } },
    ],
  });

  it("validates inputs against the event card", async () => {
    expect((await run(typed, { n: 1, tags: ["a"] })).outputs).toEqual({ n: 1 });
    const missing = await run(typed, {});
    expect(missing.error).toMatchObject({ code: "INVALID_INPUT", message: 'Flow "Typed": input "n" is required' });
    const wrong = await run(typed, { n: "1", tags: ["a", 2] });
    expect(wrong.error!.message).toBe(
      'Flow "Typed": input "n" must be Number, got a string; input "tags" must be List of Text, got a list',
    );
    expect(wrong.trace).toEqual([]);
  });

  it("skips disabled cards and resolves tenant variables and connection parameters", async () => {
    const subject = flow("Context", [
      card("off", "flow.return", {}, { disabled: true }),
      card(
        "url",
        "text.compose",
        {
          template: "https://{{sub}}.example.com?v={{v}}",
          sub: { kind: "tenantVar", name: "subdomain" },
          v: { kind: "connectionParam", name: "version" },
        },
        { dynamicInputs: [anyField("sub"), anyField("v")] },
      ),
      returnCard("r", { url: ref("url", "output") }),
    ]);
    const result = await run(
      subject,
      {},
      { context: { tenantVariables: { subdomain: "acme" }, parameters: { version: "2" }, secretValues: [] } },
    );
    expect(result.outputs).toEqual({ url: "https://acme.example.com?v=2" });
    expect(result.trace[0]).toEqual({ card: "off", type: "flow.return", durationMs: 0, skipped: "disabled" });
    const missing = await run(subject);
    expect(missing.error).toMatchObject({
      code: "MISSING_TENANT_VARIABLE",
      card: "url",
      message: 'Tenant variable "subdomain" has no value for this run',
    });
  });
});

describe("trace", () => {
  const SECRET = "s3cr3t-value-42";

  it("redacts secret values and secret-looking keys everywhere it goes", async () => {
    const subject = flow(
      "Leaky",
      [
        card(
          "hdr",
          "object.construct",
          { Authorization: `Bearer ${SECRET}`, note: `token is ${SECRET}` },
          { dynamicInputs: [anyField("Authorization"), anyField("note")] },
        ),
        card("fail", "error.returnError", { message: `bad ${SECRET}` }),
      ],
      { inputs: [textField("api_key"), textField("user")] },
    );
    const result = await run(
      subject,
      { api_key: "k-123456", user: SECRET },
      { context: { parameters: {}, tenantVariables: {}, secretValues: [SECRET] } },
    );
    const everything = JSON.stringify(result);
    expect(everything).not.toContain(SECRET);
    expect(everything).not.toContain("k-123456");
    expect(result.trace[0].outputs).toEqual({ output: { Authorization: "[redacted]", note: "token is [redacted]" } });
    expect(result.error!.message).toBe("bad [redacted]");
    expect(result.inputs).toEqual({ api_key: "[redacted]", user: "[redacted]" });
  });

  it("taints what cards compute from a secret (object whole, JSON, split, list item, template), not what they pass through", async () => {
    const KEY = "tainted-key_PART1:PART2:PART3";
    const connectionParam = { kind: "connectionParam" as const, name: "key" };
    const subject = flow("Derived", [
      card(
        "obj",
        "object.construct",
        { key: connectionParam, plain: "visible-value" },
        { dynamicInputs: [anyField("key"), anyField("plain")] },
      ),
      card("json", "json.stringify", { object: ref("obj", "output") }),
      card("split", "text.split", { text: ref("json", "output"), delimiter: ":" }),
      card("second", "list.at", { list: ref("split", "output"), index: 2 }),
      card(
        "compose",
        "text.compose",
        { template: "got {{x}}!", x: ref("second", "output") },
        { dynamicInputs: [anyField("x")] },
      ),
      returnCard("out", {
        // Inside an object built from the secret: its keys and values are all computed with it.
        plain: ref("obj", "output", "plain"),
        untouched: "visible-value",
        json: ref("json", "output"),
        second: ref("second", "output"),
        composed: ref("compose", "output"),
      }),
    ]);
    const result = await run(
      subject,
      {},
      { context: { parameters: { key: KEY }, tenantVariables: {}, secretValues: [KEY] } },
    );
    expect(result.ok).toBe(true);
    expect(result.outputs).toEqual({
      plain: "[redacted]",
      untouched: "visible-value",
      json: "[redacted]",
      second: "[redacted]",
      composed: "[redacted]",
    });
    const everything = JSON.stringify(result);
    for (const piece of ["PART1", "PART2", "PART3", "tainted-key_"]) expect(everything).not.toContain(piece);
  });

  it("truncates large values with a marked preview", async () => {
    const big = "x".repeat(40_000);
    const result = await run(flow("Big", [card("up", "text.uppercase", { text: big })]));
    expect(result.trace[0].inputs!.text).toEqual({ $truncated: true, bytes: 16_385, preview: `"${"x".repeat(1023)}…` });
    expect(result.trace[0].outputs!.output).toMatchObject({ $truncated: true });
    expect(JSON.stringify(result.trace).length).toBeLessThan(5_000);
  });

  it("keeps only card, duration and error when values are not wanted", async () => {
    const result = await run(flow("Lean", [card("a", "number.add", { a: 1, b: 2 })]), {}, { traceValues: false });
    expect(Object.keys(result.trace[0]).sort()).toEqual(["card", "durationMs", "type"]);
  });
});
