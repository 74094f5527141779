// The query language of a list operation's parameter, read from the parameter itself, and the query that finds a
// record by one field in it: on Okta's management API and SCIM surface (real descriptions) and on small
// descriptions of the other languages an API may speak. The query is built by running its cards.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { planActions } from "@/lib/actions/plan";
import { findFieldQuery, queryLanguageOf } from "@/lib/actions/query-language";
import { draftTarget } from "@/lib/actions/styles";
import { findContract } from "@/lib/contracts/catalog";
import { runFlow } from "@/lib/engine/run";
import type { Flow } from "@/lib/flow/model";
import { fromEvent } from "@/lib/generate/bindings";
import { ingestSpec } from "@/lib/spec/ingest";
import { parseSpecText } from "@/lib/spec/parse";
import type { OperationIndex } from "@/lib/spec/types";
import { actionSpecPath } from "../../helpers/paths";

async function load(text: string) {
  const ingested = await ingestSpec(text);
  if (!ingested.ok) throw new Error(JSON.stringify(ingested.errors));
  const parsed = await parseSpecText(text);
  if (!parsed.ok) throw new Error("unparsed");
  return { document: parsed.document, index: ingested.index };
}

const operationOf = (index: { operations: OperationIndex[] }, method: string, path: string) =>
  index.operations.find((entry) => entry.method === method && entry.path === path)!;

/** A one-operation description whose `GET /users` takes the parameters given. */
const usersApi = (parameters: unknown[]) =>
  JSON.stringify({
    openapi: "3.0.3",
    info: { title: "t", version: "1" },
    paths: {
      "/users": {
        get: {
          parameters,
          responses: {
            "200": {
              description: "users",
              content: { "application/json": { schema: { type: "array", items: { type: "object" } } } },
            },
          },
        },
      },
    },
  });

const USER_NAME_SYNONYMS = ["username", "login", "email", "emailaddress"];

/** Runs the query's cards and returns the query they build for `value`. */
async function builtQuery(text: string, field: string, value: string, scimPath = false) {
  const { document, index } = await load(text);
  const operation = operationOf(index, "get", "/users");
  const query = findFieldQuery(
    document,
    operation,
    { field, synonyms: USER_NAME_SYNONYMS, value: fromEvent("value") },
    scimPath,
  );
  if (!query) return undefined;
  const flow: Flow = {
    schemaVersion: 1,
    name: "query",
    kind: "helper",
    folder: "Helpers",
    enabled: true,
    saveAllData: false,
    version: 1,
    event: {
      type: "helperFlow",
      options: [],
      inputs: [{ key: "value", type: { type: "text" } }],
      outputs: [{ key: "query", type: { type: "object" } }],
    },
    cards: [
      ...query.cards,
      {
        id: "q",
        type: "object.construct",
        title: "q",
        inputs: query.query,
        dynamicInputs: Object.keys(query.query).map((key) => ({ key, type: { type: "any" } })),
      },
      {
        id: "return",
        type: "flow.return",
        title: "r",
        inputs: { query: { kind: "ref", card: "q", path: ["output"] } },
        dynamicInputs: [{ key: "query", type: { type: "object" } }],
      },
    ],
  };
  const result = await runFlow({ flow, inputs: { value }, loadFlow: () => undefined });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return { language: query.language, query: result.outputs.query, said: query.said };
}

describe("query languages", () => {
  it("reads Okta's management API: search and filter are SCIM-like expressions over profile.login, q a prefix search", async () => {
    const { document, index } = await load(readFileSync(actionSpecPath("okta-management.json"), "utf8"));
    const users = operationOf(index, "get", "/api/v1/users");
    const parameter = (name: string) => users.parameters.find((entry) => entry.name === name)!;
    expect(queryLanguageOf(document, users, parameter("search"))).toBe("scim");
    expect(queryLanguageOf(document, users, parameter("filter"))).toBe("scim");
    expect(queryLanguageOf(document, users, parameter("q"))).toBe("plain");
    const query = findFieldQuery(document, users, {
      field: "login",
      synonyms: USER_NAME_SYNONYMS,
      value: fromEvent("userName"),
    });
    expect(query).toMatchObject({ language: "scim", field: "profile.login" });
    expect(query?.said).toMatch(/profile\.login eq "…"/);
  });

  it("reads Okta's SCIM surface: filter is a SCIM filter over userName", async () => {
    const { document, index } = await load(readFileSync(actionSpecPath("okta-scim.json"), "utf8"));
    const users = operationOf(index, "get", "/Users");
    const query = findFieldQuery(
      document,
      users,
      { field: "userName", synonyms: USER_NAME_SYNONYMS, value: fromEvent("userName") },
      true,
    );
    expect(query).toMatchObject({ parameter: "filter", language: "scim", field: "userName" });
  });

  it("asks a SCIM /Users list with a SCIM filter even when its description declares no filter (RFC 7644)", async () => {
    const described = JSON.parse(readFileSync(actionSpecPath("okta-scim.json"), "utf8"));
    const list = described.paths["/Users"].get;
    list.parameters = list.parameters.filter((parameter: { name: string }) => parameter.name !== "filter");
    const { document, index } = await load(JSON.stringify(described));
    const listing = planActions(document, index).actions.find((entry) => entry.contract === "Provisioning List Users")!;
    const target = draftTarget(
      findContract("Provisioning Get User by UserName"),
      listing,
      listing.operation!,
      document,
      index,
    );
    const filter = target.style.equalsFilter(target, "userName", fromEvent("userName"));
    expect(filter).toMatchObject({ query: { filter: expect.anything() }, keep: { path: "userName" } });
    expect(filter?.said).toBe('filter=userName eq "…" (SCIM filter)');
  });

  it("builds each language's query, escaped so the value cannot end its quotes", async () => {
    const tricky = "ada\"o'k@acme.test";
    const cases: [unknown[], string, unknown][] = [
      [
        [{ name: "filter", in: "query", schema: { type: "string" } }],
        "email",
        { filter: 'email eq "ada\\"o\'k@acme.test"' },
      ],
      [
        [{ name: "$filter", in: "query", schema: { type: "string" } }],
        "userName",
        { $filter: "userName eq 'ada\"o''k@acme.test'" },
      ],
      [
        [{ name: "q", in: "query", schema: { type: "string" }, example: "email==ada@acme.test;status==active" }],
        "email",
        { q: 'email=="ada\\"o\'k@acme.test"' },
      ],
      [
        [{ name: "filter", in: "query", schema: { type: "string" }, example: '{"email":"ada@acme.test"}' }],
        "email",
        { filter: JSON.stringify({ email: tricky }) },
      ],
      [
        [
          {
            name: "filter",
            in: "query",
            content: { "application/json": { schema: { type: "object", properties: { email: { type: "string" } } } } },
          },
        ],
        "email",
        { filter: JSON.stringify({ email: tricky }) },
      ],
      [
        [{ name: "filter", in: "query", style: "deepObject", schema: { type: "object" } }],
        "email",
        { "filter[email]": tricky },
      ],
      [[{ name: "filter[email]", in: "query", schema: { type: "string" } }], "email", { "filter[email]": tricky }],
      [
        [
          {
            name: "query",
            in: "query",
            schema: { type: "string" },
            examples: { byEmail: { value: "email:ada@acme.test" } },
          },
        ],
        "email",
        { query: `email:${tricky}` },
      ],
      [
        [
          {
            name: "search",
            in: "query",
            schema: { type: "string" },
            description: "Free text matched against names and emails.",
          },
        ],
        "email",
        { search: tricky },
      ],
      [
        [
          { name: "search", in: "query" },
          { name: "email", in: "query" },
        ],
        "email",
        { email: tricky },
      ],
      [[{ name: "username", in: "query" }], "login", { username: tricky }],
    ];
    for (const [parameters, field, expected] of cases)
      expect((await builtQuery(usersApi(parameters), field, tricky))?.query, JSON.stringify(parameters)).toEqual(
        expected,
      );
  });

  it("tells the language from the description when no example shows it", async () => {
    const said = async (description: string) => {
      const { document, index } = await load(
        usersApi([{ name: "filter", in: "query", description, schema: { type: "string" } }]),
      );
      const operation = operationOf(index, "get", "/users");
      return queryLanguageOf(document, operation, operation.parameters[0]);
    };
    expect(await said("An RSQL expression over the user's fields.")).toBe("rsql");
    expect(await said("An OData filter expression.")).toBe("odata");
    expect(await said("A JSON object of field values, e.g. the user's email.")).toBe("json");
    expect(await said("Narrows the list, for example `filter[email]=a@b.c`.")).toBe("bracket");
    expect(await said("Narrows the list: key:value pairs.")).toBe("fieldColon");
    expect(await said("Narrows the list (see our guide: https://example.com/filters).")).toBe("scim");
  });

  it("finds no query when no parameter narrows the list", async () => {
    expect(await builtQuery(usersApi([{ name: "page", in: "query" }]), "email", "x")).toBeUndefined();
  });
});
