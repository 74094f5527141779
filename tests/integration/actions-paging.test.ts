// The List Users draft follows the API's own paging, for every common style: a small paged API per style
// (tests/fixtures/paging-apis.ts) started here, its description planned and drafted, List Users run through the
// engine with 5 users and limit 2 until no next cursor: every user exactly once, no cursor repeated.
import { afterEach, describe, expect, it } from "vitest";
import { parseBundle } from "@/lib/bundle/schema";
import { bundleFromSpec } from "@/lib/bundle/from-spec";
import { runBundleFlow } from "@/lib/bundle/run";
import { planActions } from "@/lib/actions/plan";
import { findContract } from "@/lib/contracts/catalog";
import { ingestSpec } from "@/lib/spec/ingest";
import { validatorFor } from "@/lib/validation/ajv";
import { OPAQUE_AFTER_API, PAGING_APIS, type PagingApi, USERS } from "../fixtures/paging-apis";
import { type RunningServer, sendJson, startServer } from "../helpers/servers/http-server";

const LIST_USERS = "Provisioning List Users";
const TOKEN = "paging-token";
const conforms = validatorFor(findContract(LIST_USERS)!.output);

let server: RunningServer | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

/** Serves `api`; next links name `linkOrigin` (the server's own unless given). Returns every request's query. */
async function serve(api: PagingApi, linkOrigin?: string) {
  const queries: URLSearchParams[] = [];
  server = await startServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    if (request.headers.authorization !== `Bearer ${TOKEN}`) return sendJson(response, 401, { message: "no" });
    if (request.method !== "GET" || url.pathname !== api.path) return sendJson(response, 404, { message: "none" });
    queries.push(url.searchParams);
    const answer = api.page(url.searchParams, linkOrigin ?? (server as RunningServer).baseUrl);
    response.writeHead(200, { "content-type": "application/json", ...answer.headers }).end(JSON.stringify(answer.body));
  });
  return { baseUrl: server.baseUrl, queries };
}

async function draftedBundle(api: PagingApi) {
  const ingested = await ingestSpec(JSON.stringify(api.openapi));
  if (!ingested.ok) throw new Error(`${api.name}: the description does not ingest`);
  const plan = planActions(api.openapi, ingested.index);
  const planned = plan.actions.find((action) => action.contract === LIST_USERS);
  const { bundle, actions } = bundleFromSpec(ingested.index, {
    authScheme: "bearer",
    actions: { document: api.openapi, contracts: [LIST_USERS] },
  });
  return { planned, skipped: actions?.skipped, bundle: parseBundle(bundle, api.name) };
}

async function listUsers(bundle: ReturnType<typeof parseBundle>, baseUrl: string, pagination: object, token = TOKEN) {
  const result = await runBundleFlow(
    bundle,
    LIST_USERS,
    { pagination },
    { kind: "baseUrl", baseUrl, values: { token } },
  );
  expect(result.error).toBeUndefined();
  return result.outputs as {
    resources?: { id: string; userName: string }[];
    pagination?: { nextCursor?: string };
    executionStatus: { status: string; errors?: { summary: string }[] };
  };
}

/** Walks List Users from the first page, `limit` a page, until no next cursor (at most 10 pages). */
async function walk(api: PagingApi, limit: number, linkOrigin?: string) {
  const { bundle } = await draftedBundle(api);
  const { baseUrl, queries } = await serve(api, linkOrigin);
  const ids: string[] = [];
  const cursors: string[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 10; page++) {
    const outputs = await listUsers(bundle, baseUrl, { limit, ...(cursor ? { cursor } : {}) });
    expect(outputs.executionStatus, JSON.stringify(outputs)).toEqual({ status: "SUCCEEDED" });
    expect(conforms(outputs), JSON.stringify(conforms.errors)).toBe(true);
    ids.push(...(outputs.resources ?? []).map((user) => user.id));
    cursor = outputs.pagination?.nextCursor;
    if (!cursor) break;
    cursors.push(cursor);
  }
  return { ids, cursors, queries };
}

describe("List Users follows the API's own paging", { timeout: 60_000 }, () => {
  it.each(PAGING_APIS.map((api) => [api.name, api] as const))("%s", async (_name, api) => {
    const { planned, skipped } = await draftedBundle(api);
    expect(planned?.operation).toEqual({ method: "get", path: api.path });
    expect(skipped).toEqual([]);

    const { ids, cursors } = await walk(api, 2);
    expect(ids).toEqual(USERS.map((user) => user.id));
    expect(new Set(cursors).size).toBe(cursors.length);
    expect(cursors.length).toBeGreaterThanOrEqual(2);
  });

  it("one page holds everyone when the limit is larger than the list", async () => {
    const offset = PAGING_APIS.find((api) => api.name === "offset/limit")!;
    const { ids, cursors } = await walk(offset, 50);
    expect(ids).toHaveLength(USERS.length);
    expect(cursors).toEqual([]);
  });

  it("an API that gives shorter pages than asked, and no total, is followed to its empty page", async () => {
    const capped = PAGING_APIS.find((api) => api.name.startsWith("offset/limit without a total"))!;
    const { ids, queries } = await walk(capped, 3);
    expect(ids).toEqual(USERS.map((user) => user.id));
    expect(queries.map((query) => query.get("offset"))).toEqual(["0", "2", "4", "5"]);
  });

  it("Stripe's style asks for the page after the last id and stops when has_more is false", async () => {
    const stripe = PAGING_APIS.find((api) => api.name.startsWith("starting_after"))!;
    const { ids, queries } = await walk(stripe, 2);
    expect(ids).toEqual(USERS.map((user) => user.id));
    expect(queries.map((query) => query.get("starting_after"))).toEqual([null, "u2", "u4"]);
  });

  it("an opaque cursor the draft cannot find is not guessed as an item id: List Users is left undrafted, saying why", async () => {
    const { skipped } = await draftedBundle(OPAQUE_AFTER_API);
    expect(skipped).toEqual([{ contract: LIST_USERS, reason: expect.stringMatching(/has no next cursor field/) }]);
  });

  it("a next link to another origin is followed on the connection's own server only", async () => {
    const link = PAGING_APIS.find((api) => api.name.startsWith("RFC 8288 Link header with page"))!;
    const { ids, queries } = await walk(link, 2, "http://elsewhere.invalid:9");
    expect(ids).toEqual(USERS.map((user) => user.id));
    expect(queries.map((query) => query.get("page"))).toEqual([null, "2", "3"]);
  });

  it("a cursor that is not one of the API's is a FAILED outcome saying so, and nothing is requested", async () => {
    const scim = PAGING_APIS[0];
    const { bundle } = await draftedBundle(scim);
    const { baseUrl, queries } = await serve(scim);
    const outputs = await listUsers(bundle, baseUrl, { limit: 2, cursor: "not-a-start-index" });
    expect(outputs.executionStatus.status).toBe("FAILED");
    expect(outputs.executionStatus.errors?.[0].summary).toMatch(
      /^Paging: the cursor "not-a-start-index" is not a position this API pages by \(a whole number ≥ 1\)$/,
    );
    expect(queries).toEqual([]);
  });

  it("runs of one bundle with another token use that token, not the connection resolved before", async () => {
    const offset = PAGING_APIS.find((api) => api.name === "offset/limit")!;
    const { bundle } = await draftedBundle(offset);
    const { baseUrl } = await serve(offset);
    expect((await listUsers(bundle, baseUrl, { limit: 2 })).executionStatus.status).toBe("SUCCEEDED");
    const wrong = await listUsers(bundle, baseUrl, { limit: 2 }, "another-token");
    expect(wrong.executionStatus).toMatchObject({ status: "FAILED", errors: [{ httpStatusCode: 401 }] });
    expect((await listUsers(bundle, baseUrl, { limit: 2 })).executionStatus.status).toBe("SUCCEEDED");
  });
});
