// Every catalog card, run by the engine: inputs -> outputs, or the error it fails with.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CARD_CATALOG, getCard } from "../../../lib/cards/catalog";
import { CARD_CATEGORIES } from "../../../lib/cards/types";
import type { Block, Card, FieldSpec } from "../../../lib/flow/model";
import { runFlow } from "../../../lib/engine/run";
import { anyField, bindings, card, flow, library, lit, ref, returnCard } from "../engine/flow-builder";
import { startLocalApi, type LocalApi } from "../engine/local-api";

const numberField = (key: string): FieldSpec => ({ key, type: { type: "number" } });

// Helper flows the flow-calling cards use.
const HELPERS = library(
  flow(
    "greet",
    [
      card(
        "c",
        "text.compose",
        { template: "hi {{name}}", name: ref("event", "name") },
        { dynamicInputs: [anyField("name")] },
      ),
      returnCard("r", { greeting: ref("c", "output") }),
    ],
    {
      inputs: [{ key: "name", type: { type: "text" }, required: true }],
    },
  ),
  flow(
    "double",
    [card("m", "number.multiply", { a: ref("event", "item"), b: 2 }), returnCard("r", { output: ref("m", "output") })],
    {
      inputs: [numberField("item"), numberField("index")],
    },
  ),
  flow(
    "bigger",
    [
      card("c", "number.compare", { a: ref("event", "item"), comparison: "greater", b: 2 }),
      returnCard("r", { output: ref("c", "output") }),
    ],
    {
      inputs: [numberField("item"), numberField("index")],
    },
  ),
  // Counts `count` down; drops the break key when it reaches 0.
  flow(
    "countdown",
    [
      card("n", "object.get", { object: ref("event", "object"), path: "count" }),
      card("m", "number.subtract", { a: ref("n", "output"), b: 1 }),
      card(
        "branch",
        "branch.ifElse",
        { a: ref("m", "output"), comparison: "greater", b: 0 },
        {
          dynamicOutputs: [{ key: "object", type: { type: "object" } }],
          blocks: [
            {
              id: "then",
              cards: [
                card(
                  "more",
                  "object.construct",
                  { count: ref("m", "output"), break: false },
                  { dynamicInputs: [anyField("count"), anyField("break")] },
                ),
              ],
              results: { object: ref("more", "output") },
            },
            {
              id: "else",
              cards: [
                card("done", "object.construct", { count: ref("m", "output") }, { dynamicInputs: [anyField("count")] }),
              ],
              results: { object: ref("done", "output") },
            },
          ],
        },
      ),
      returnCard("r", { object: ref("branch", "object") }),
    ],
    { inputs: [{ key: "object", type: { type: "object" } }] },
  ),
);

interface Row {
  type: string;
  name?: string;
  inputs?: Record<string, unknown>;
  options?: Record<string, unknown>;
  dynamicInputs?: string[];
  dynamicOutputs?: string[];
  blocks?: Block[];
  /** The card's outputs. */
  outputs?: Record<string, unknown>;
  /** What the flow returned (Return cards). */
  flowOutputs?: Record<string, unknown>;
  error?: string;
  message?: RegExp;
}

const assignCard = (id: string, values: Record<string, unknown>): Card =>
  card(id, "flow.assign", values, { dynamicInputs: Object.keys(values).map(anyField) });
const answerBlock = (id: string, answer: string, inputs?: Record<string, unknown>): Block => ({
  id,
  ...(inputs && { inputs: bindings(inputs) }),
  cards: [assignCard(`${id}-card`, { answer })],
  results: { answer: ref(`${id}-card`, "answer") },
});

let api: LocalApi;
const ROWS: Row[] = [
  // Flow Control
  {
    type: "flow.callFlow",
    options: { flow: "greet" },
    dynamicInputs: ["name"],
    dynamicOutputs: ["greeting"],
    inputs: { name: "Ann" },
    outputs: { greeting: "hi Ann" },
  },
  {
    type: "flow.callFlow",
    name: "declared output the helper does not return",
    options: { flow: "greet" },
    dynamicInputs: ["name"],
    dynamicOutputs: ["nope"],
    inputs: { name: "Ann" },
    error: "OUTPUT_MISMATCH",
  },
  { type: "flow.callFlow", name: "unknown flow", options: { flow: "missing" }, error: "FLOW_NOT_FOUND" },
  {
    type: "flow.callFlow",
    name: "helper input missing",
    options: { flow: "greet" },
    error: "INVALID_INPUT",
    message: /input "name" is required/,
  },
  {
    type: "flow.callFlowAsync",
    options: { flow: "greet" },
    dynamicInputs: ["name"],
    inputs: { name: "Ann" },
    outputs: {},
  },
  { type: "flow.assign", dynamicInputs: ["x", "y"], inputs: { x: 1, y: "two" }, outputs: { x: 1, y: "two" } },
  { type: "flow.return", dynamicInputs: ["a"], inputs: { a: 5 }, flowOutputs: { a: 5 } },
  { type: "flow.returnOutputs", dynamicInputs: ["id"], inputs: { id: "u1" }, flowOutputs: { id: "u1" } },
  {
    type: "flow.returnRaw",
    inputs: { statusCode: 404, headers: { a: "b" }, body: "gone" },
    flowOutputs: { statusCode: 404, headers: { a: "b" }, body: "gone" },
  },
  {
    type: "flow.returnRaw",
    name: "status 302 refused",
    inputs: { statusCode: 302 },
    error: "INVALID_INPUT",
    message: /200 or 400–599/,
  },
  {
    type: "flow.paginate",
    options: { flow: "countdown" },
    inputs: { object: { count: 3, break: false }, path: "break" },
    outputs: { output: { count: 0 } },
  },
  // Branching
  {
    type: "branch.ifElse",
    inputs: { a: 80, comparison: "greater", b: 9 },
    dynamicOutputs: ["answer"],
    blocks: [answerBlock("then", "yes"), answerBlock("else", "no")],
    outputs: { answer: "yes" },
  },
  {
    type: "branch.ifElse",
    name: "texts compare lexicographically",
    inputs: { a: "80", comparison: "greater", b: "9" },
    dynamicOutputs: ["answer"],
    blocks: [answerBlock("then", "yes"), answerBlock("else", "no")],
    outputs: { answer: "no" },
  },
  {
    type: "branch.ifElse",
    name: "unknown comparison",
    inputs: { a: 1, comparison: "bigger", b: 0 },
    error: "INVALID_INPUT",
  },
  {
    type: "branch.ifElseIf",
    dynamicOutputs: ["answer"],
    blocks: [
      answerBlock("branch0", "first", { a: 1, comparison: "equal", b: 2 }),
      answerBlock("branch1", "second", { a: "abc", comparison: "starts with", b: "ab" }),
      answerBlock("else", "none"),
    ],
    outputs: { answer: "second" },
  },
  { type: "branch.continueIf", inputs: { a: "x", comparison: "is not empty" }, outputs: {} },
  {
    type: "branch.assignIf",
    inputs: { a: [1, 2], comparison: "contains", b: 2, ifTrue: "in", ifFalse: "out" },
    outputs: { output: "in" },
  },
  // Error Handling
  {
    type: "error.ifError",
    dynamicOutputs: ["answer"],
    blocks: [
      { id: "try", cards: [card("boom", "number.divide", { a: 1, b: 0 })], results: { answer: lit("fine") } },
      {
        id: "catch",
        cards: [assignCard("caught", { answer: ref("card", "error", "code") })],
        results: { answer: ref("caught", "answer") },
      },
    ],
    outputs: { answer: "DIVIDE_BY_ZERO" },
  },
  {
    type: "error.returnError",
    inputs: { statusCode: 409, message: "taken" },
    error: "RETURN_ERROR",
    message: /^taken$/,
  },
  { type: "error.returnError", name: "message required", inputs: { statusCode: 409 }, error: "MISSING_INPUT" },
  {
    type: "error.returnErrorIf",
    inputs: { a: "x", comparison: "not equal", b: "/", message: "must start with /" },
    error: "RETURN_ERROR",
  },
  {
    type: "error.returnErrorIf",
    name: "condition false",
    inputs: { a: "/", comparison: "not equal", b: "/", message: "must start with /" },
    outputs: {},
  },
  // HTTP
  {
    type: "http.rawRequest",
    inputs: { method: "GET", url: "/ok", query: { q: "1" } },
    outputs: expect.objectContaining({
      status_code: 200,
      ok: true,
      body: { hello: "world", query: { q: "1" } },
    }) as never,
  },
  {
    type: "http.rawRequest",
    name: "500 fails the card",
    inputs: { method: "GET", url: "/fail" },
    error: "HTTP_500",
    message: /^GET \/fail answered 500 Internal Server Error$/,
  },
  // Paging (every style end to end in tests/integration/actions-paging.test.ts)
  {
    type: "http.pageQuery",
    inputs: {
      paging: {
        style: "scim",
        positionParameter: "startIndex",
        sizeParameter: "count",
        itemsPath: ["Resources"],
        defaultSize: 100,
      },
      cursor: "3",
      limit: 2,
      query: { filter: "x" },
    },
    outputs: { query: { filter: "x", startIndex: 3, count: 2 } },
  },
  {
    type: "http.pageQuery",
    name: "a cursor that is not a page number",
    inputs: {
      paging: { style: "page", positionParameter: "page", itemsPath: [], defaultSize: 10 },
      cursor: "abc",
    },
    error: "PAGING",
    message: /^Paging: the cursor "abc" is not a page number this API pages by/,
  },
  {
    type: "http.nextPage",
    inputs: {
      paging: {
        style: "offset",
        positionParameter: "offset",
        sizeParameter: "limit",
        itemsPath: ["data"],
        defaultSize: 2,
      },
      cursor: "2",
      limit: 2,
      body: { data: [{ id: 3 }, { id: 4 }] },
    },
    outputs: { items: [{ id: 3 }, { id: 4 }], nextCursor: "4" },
  },
  {
    type: "http.nextPage",
    name: "a paging description without its items path",
    inputs: { paging: { style: "link", defaultSize: 2 }, body: [] },
    error: "PAGING",
    message: /must have required property 'itemsPath'/,
  },
  // Object
  {
    type: "object.construct",
    dynamicInputs: ["a", "b"],
    inputs: { a: 1, b: { c: 2 } },
    outputs: { output: { a: 1, b: { c: 2 } } },
  },
  {
    type: "object.construct",
    name: "leaving out empty values",
    options: { omitEmpty: true },
    dynamicInputs: ["a", "b", "c", "d", "e", "f", "g"],
    inputs: {
      a: null,
      b: "",
      c: [],
      d: false,
      e: 0,
      f: "x",
      g: { name: { given: "Ada", family: "" }, tags: ["", "x"], o: { p: null } },
    },
    outputs: { output: { d: false, e: 0, f: "x", g: { name: { given: "Ada" }, tags: ["x"] } } },
  },
  { type: "object.get", inputs: { object: { a: { b: [10, 20] } }, path: "a.b.1" }, outputs: { output: 20 } },
  {
    type: "object.get",
    name: "not an object",
    inputs: { object: "text", path: "a" },
    error: "INVALID_INPUT",
    message: /"object" must be an object, got a string/,
  },
  {
    type: "object.getMultiple",
    inputs: { object: { a: 1, b: { c: 2 } } },
    dynamicOutputs: ["a", "b.c"],
    outputs: { a: 1, "b.c": 2 },
  },
  {
    type: "object.set",
    inputs: { object: { a: { b: 1 } }, path: "a.c", value: 2 },
    outputs: { output: { a: { b: 1, c: 2 } } },
  },
  { type: "object.merge", inputs: { object1: { a: 1, b: 1 }, object2: { b: 2 } }, outputs: { output: { a: 1, b: 2 } } },
  { type: "object.keys", inputs: { object: { a: 1, b: 2 } }, outputs: { output: ["a", "b"] } },
  // Text
  {
    type: "text.concatenate",
    dynamicInputs: ["t1", "t2"],
    inputs: { t1: "Bearer ", t2: "abc" },
    outputs: { output: "Bearer abc" },
  },
  {
    type: "text.compose",
    dynamicInputs: ["name", "n"],
    inputs: { template: "Hello {{name}}, {{ n }}!", name: "Ann", n: 3 },
    outputs: { output: "Hello Ann, 3!" },
  },
  {
    type: "text.compose",
    name: "unknown placeholder",
    inputs: { template: "{{who}}" },
    error: "INVALID_INPUT",
    message: /no input "who"/,
  },
  { type: "text.at", inputs: { text: "/users", position: 0 }, outputs: { output: "/" } },
  { type: "text.split", inputs: { text: "a,b,c", delimiter: "," }, outputs: { output: ["a", "b", "c"] } },
  { type: "text.replace", inputs: { text: "a-b-c", search: "-", replacement: "+" }, outputs: { output: "a+b+c" } },
  { type: "text.length", inputs: { text: "héllo" }, outputs: { output: 5 } },
  { type: "text.find", inputs: { text: "hello", search: "ll" }, outputs: { output: 2 } },
  { type: "text.lowercase", inputs: { text: "AbC" }, outputs: { output: "abc" } },
  { type: "text.uppercase", inputs: { text: "AbC" }, outputs: { output: "ABC" } },
  { type: "text.trim", inputs: { text: "  x \n" }, outputs: { output: "x" } },
  { type: "text.base64Encode", inputs: { text: "user:pässword" }, outputs: { output: "dXNlcjpww6Rzc3dvcmQ=" } },
  { type: "text.base64Decode", inputs: { text: "dXNlcjpww6Rzc3dvcmQ=" }, outputs: { output: "user:pässword" } },
  { type: "text.base64Decode", name: "invalid", inputs: { text: "%%%" }, error: "INVALID_INPUT" },
  // Number
  { type: "number.add", inputs: { a: 2, b: 3 }, outputs: { output: 5 } },
  { type: "number.add", name: "numeric text reads as a number", inputs: { a: "2", b: 3 }, outputs: { output: 5 } },
  {
    type: "number.add",
    name: "not a number",
    inputs: { a: "two", b: 3 },
    error: "INVALID_INPUT",
    message: /"a" must be a number/,
  },
  { type: "number.subtract", inputs: { a: 2, b: 3 }, outputs: { output: -1 } },
  { type: "number.multiply", inputs: { a: 2, b: 3 }, outputs: { output: 6 } },
  { type: "number.divide", inputs: { a: 3, b: 2 }, outputs: { output: 1.5 } },
  {
    type: "number.divide",
    name: "by zero",
    inputs: { a: 3, b: 0 },
    error: "DIVIDE_BY_ZERO",
    message: /Cannot divide 3 by zero/,
  },
  { type: "number.compare", inputs: { a: 80, comparison: "greater", b: 9 }, outputs: { output: true } },
  // True/False
  { type: "boolean.and", inputs: { a: true, b: false }, outputs: { output: false } },
  { type: "boolean.or", inputs: { a: true, b: false }, outputs: { output: true } },
  { type: "boolean.not", inputs: { value: false }, outputs: { output: true } },
  // List
  { type: "list.forEach", options: { flow: "double" }, inputs: { list: [1, 2] }, outputs: {} },
  { type: "list.map", options: { flow: "double" }, inputs: { list: [1, 2, 3] }, outputs: { output: [2, 4, 6] } },
  { type: "list.map", name: "by path", inputs: { list: [{ a: 1 }, { a: 2 }], path: "a" }, outputs: { output: [1, 2] } },
  {
    type: "list.filter",
    inputs: { list: [{ n: 1 }, { n: 5 }, { n: 9 }], path: "n", comparison: "greater or equal", value: 5 },
    outputs: { output: [{ n: 5 }, { n: 9 }] },
  },
  {
    type: "list.customFilter",
    options: { flow: "bigger" },
    inputs: { list: [1, 2, 3, 4] },
    outputs: { output: [3, 4] },
  },
  {
    type: "list.find",
    inputs: { list: [{ id: "a" }, { id: "b" }], path: "id", comparison: "equal", value: "b" },
    outputs: { output: { id: "b" }, index: 1 },
  },
  {
    type: "list.find",
    name: "a login in another case",
    inputs: {
      list: [{ login: "adam@acme.test" }, { login: "Ada@Acme.test" }],
      path: "login",
      comparison: "equal ignoring case",
      value: "ada@acme.TEST",
    },
    outputs: { output: { login: "Ada@Acme.test" }, index: 1 },
  },
  {
    type: "list.filter",
    name: "a message in any case",
    inputs: { list: ["User Not Found", "forbidden"], comparison: "contains ignoring case", value: "not found" },
    outputs: { output: ["User Not Found"] },
  },
  { type: "list.pluck", inputs: { list: [{ id: "a" }, { id: "b" }], path: "id" }, outputs: { output: ["a", "b"] } },
  { type: "list.length", inputs: { list: [1, 2, 3] }, outputs: { output: 3 } },
  { type: "list.at", inputs: { list: [1, 2, 3], index: -1 }, outputs: { output: 3 } },
  { type: "list.slice", inputs: { list: [1, 2, 3, 4], start: 1, count: 2 }, outputs: { output: [2, 3] } },
  { type: "list.slice", name: "to the end", inputs: { list: [1, 2, 3], start: "2" }, outputs: { output: [3] } },
  {
    type: "list.slice",
    name: "negative start",
    inputs: { list: [1], start: -1 },
    error: "INVALID_INPUT",
    message: /"start" must be a whole number of 0 or more/,
  },
  { type: "list.append", inputs: { list: [1], item: 2 }, outputs: { output: [1, 2] } },
  { type: "list.flatten", inputs: { list: [1, [2, 3], [[4]]] }, outputs: { output: [1, 2, 3, [4]] } },
  { type: "list.unique", inputs: { list: [1, 1, { a: 1 }, { a: 1 }, "1"] }, outputs: { output: [1, { a: 1 }, "1"] } },
  {
    type: "list.sort",
    inputs: { list: [{ n: 10 }, { n: 9 }, { n: 80 }], path: "n", order: "descending" },
    outputs: { output: [{ n: 80 }, { n: 10 }, { n: 9 }] },
  },
  {
    type: "list.sort",
    name: "not a list",
    inputs: { list: "abc" },
    error: "INVALID_INPUT",
    message: /"list" must be a list/,
  },
  // JSON
  { type: "json.parse", inputs: { string: '{"a":[1]}' }, outputs: { output: { a: [1] } } },
  {
    type: "json.parse",
    name: "invalid",
    inputs: { string: "{oops" },
    error: "INVALID_JSON",
    message: /not valid JSON/,
  },
  { type: "json.stringify", inputs: { object: { a: 1 } }, outputs: { output: '{"a":1}' } },
  // Date & Time
  { type: "datetime.now", outputs: { output: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) } },
  {
    type: "datetime.format",
    inputs: { date: "2024-02-29T13:05:09.007Z", format: "YYYY/MM/DD HH:mm:ss.SSS" },
    outputs: { output: "2024/02/29 13:05:09.007" },
  },
  {
    type: "datetime.format",
    name: "time zone",
    inputs: { date: "2024-02-29T13:05:09Z", format: "DD HH:mm", timezone: "Asia/Tokyo" },
    outputs: { output: "29 22:05" },
  },
  { type: "datetime.format", name: "bad date", inputs: { date: "yesterday", format: "ISO" }, error: "INVALID_INPUT" },
  {
    type: "datetime.add",
    inputs: { date: "2024-01-31T00:00:00Z", amount: 2, unit: "days" },
    outputs: { output: "2024-02-02T00:00:00.000Z" },
  },
  // URL
  { type: "url.encode", inputs: { text: "a b&c" }, outputs: { output: "a%20b%26c" } },
  { type: "url.decode", inputs: { text: "a%20b%26c" }, outputs: { output: "a b&c" } },
  {
    type: "url.buildQuery",
    inputs: { object: { q: "a b", tag: ["x", "y"], skip: null } },
    outputs: { output: "q=a+b&tag=x&tag=y" },
  },
];

beforeAll(async () => {
  api = await startLocalApi();
});
afterAll(() => api.close());

describe("card catalog", () => {
  it("has a table row for every card", () => {
    const covered = new Set(ROWS.map((row) => row.type));
    expect(Object.keys(CARD_CATALOG).filter((type) => !covered.has(type))).toEqual([]);
  });

  it("defines each card once, in a known category, with help", () => {
    for (const definition of Object.values(CARD_CATALOG)) {
      expect(CARD_CATEGORIES).toContain(definition.category);
      expect(definition.help.length).toBeGreaterThan(10);
      expect(getCard(definition.type)).toBe(definition);
    }
    expect(getCard("toString")).toBeUndefined();
  });

  it.each(ROWS.map((row) => [`${row.type}${row.name ? ` (${row.name})` : ""}`, row] as const))(
    "%s",
    async (_label, row) => {
      const subject = card("card", row.type, row.inputs ?? {}, {
        ...(row.options && { options: row.options }),
        ...(row.dynamicInputs && { dynamicInputs: row.dynamicInputs.map(anyField) }),
        ...(row.dynamicOutputs && { dynamicOutputs: row.dynamicOutputs.map(anyField) }),
        ...(row.blocks && { blocks: row.blocks }),
      });
      const result = await runFlow({ flow: flow("subject", [subject]), inputs: {}, loadFlow: HELPERS, http: api.http });
      if (row.error) {
        expect(result.ok).toBe(false);
        expect(result.error).toMatchObject({ code: row.error, card: expect.any(String), flow: expect.any(String) });
        if (row.message) expect(result.error!.message).toMatch(row.message);
        return;
      }
      expect(result.error).toBeUndefined();
      if (row.flowOutputs) expect(result.outputs).toEqual(row.flowOutputs);
      if (row.outputs) expect(result.trace[0].outputs).toEqual(row.outputs);
    },
  );
});
