// Drafts that speak the API's own language, run against services that behave like APIs we did not write
// (tests/fixtures/drafting-apis.ts, started here on 127.0.0.1): a strict SCIM 2.0 service under Okta's SCIM
// description, and a plain REST staff directory with its own description (a JSON filter object, pages from 1,
// nulls, an empty PATCH answer, a 403 for a missing record). Every output is checked against its contract.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseBundle } from "@/lib/bundle/schema";
import { bundleFromSpec } from "@/lib/bundle/from-spec";
import { runBundleFlow } from "@/lib/bundle/run";
import { CONTRACT_NAMES, findContract } from "@/lib/contracts/catalog";
import { ingestSpec } from "@/lib/spec/ingest";
import { validatorFor } from "@/lib/validation/ajv";
import { STAFF_OPENAPI, staffDirectory, strictScim } from "../fixtures/drafting-apis";
import { actionSpecPath } from "../helpers/paths";
import { type RunningServer, sendJson, startServer } from "../helpers/servers/http-server";

const TOKEN = "drafting-token";
type Outputs = Record<string, unknown> & {
  executionStatus: { status: string; errors?: { summary: string; type: string; httpStatusCode?: number }[] };
};

/** The contracts drafted from `document` (all by default), its security replaced by the bearer token the servers take. */
async function drafted(described: Record<string, unknown>, contracts: readonly string[] = CONTRACT_NAMES) {
  const document = {
    ...described,
    components: {
      ...(described.components as object),
      securitySchemes: { bearer: { type: "http", scheme: "bearer" } },
    },
    security: [{ bearer: [] }],
  };
  const ingested = await ingestSpec(JSON.stringify(document));
  if (!ingested.ok) throw new Error(JSON.stringify(ingested.errors));
  const { bundle, actions } = bundleFromSpec(ingested.index, {
    authScheme: "bearer",
    actions: { document, contracts },
  });
  return { bundle: parseBundle(bundle, "drafted"), skipped: actions?.skipped ?? [] };
}

function runner(bundle: ReturnType<typeof parseBundle>, server: () => RunningServer) {
  return async (contract: string, input: unknown, token = TOKEN): Promise<Outputs> => {
    const result = await runBundleFlow(bundle, contract, input as Record<string, unknown>, {
      kind: "baseUrl",
      baseUrl: server().baseUrl,
      values: { token },
    });
    expect(result.error, JSON.stringify(result.error)).toBeUndefined();
    const validate = validatorFor(findContract(contract)!.output);
    expect(
      validate(result.outputs),
      `${contract}: ${JSON.stringify(validate.errors)} in ${JSON.stringify(result.outputs)}`,
    ).toBe(true);
    return result.outputs as Outputs;
  };
}

describe("drafts against a strict SCIM 2.0 service (Okta's SCIM description)", { timeout: 120_000 }, () => {
  const service = strictScim(TOKEN);
  let server: RunningServer;
  let run: ReturnType<typeof runner>;
  const ok = (outputs: Outputs) =>
    expect(outputs.executionStatus, `${JSON.stringify(outputs)}; refused: ${service.refusals.join("; ")}`).toEqual({
      status: "SUCCEEDED",
    });

  beforeAll(async () => {
    server = await startServer((request, response) => service.handle(request, response));
    const document = JSON.parse(readFileSync(actionSpecPath("okta-scim.json"), "utf8"));
    run = runner((await drafted(document)).bundle, () => server);
  });
  afterAll(() => server.stop());

  it("creates, finds (any case), updates with emptied values, deactivates and reactivates a user", async () => {
    const created = await run("Provisioning Create User", {
      user: {
        schemas: [],
        userName: "Ada@Acme.test",
        name: { givenName: "Ada", familyName: "Lovelace" },
        title: "Analyst",
        active: true,
      },
    });
    ok(created);
    const id = (created.user as { id: string }).id;
    expect(service.users.get(id)).toMatchObject({
      userName: "Ada@Acme.test",
      schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"],
    });

    const found = await run("Provisioning Get User by UserName", { userName: "ada@acme.TEST" });
    ok(found);
    expect(found.user).toMatchObject({ id, userName: "Ada@Acme.test" });
    const nobody = await run("Provisioning Get User by UserName", { userName: "nobody@acme.test" });
    expect(nobody.executionStatus.errors?.[0]).toMatchObject({ type: "RESOURCE_NOT_FOUND", httpStatusCode: 404 });

    // An emptied optional value is no value in SCIM: never sent as "".
    const updated = await run("Provisioning Update User", {
      user: { schemas: [], id, userName: "Ada@Acme.test", name: { givenName: "Ada", familyName: "" }, title: "" },
    });
    ok(updated);
    expect(service.users.get(id)).not.toHaveProperty("title");

    ok(await run("Provisioning Deactivate User", { userId: id }));
    expect(service.users.get(id)?.active).toBe(false);
    ok(await run("Provisioning Activate User", { userId: id }));
    expect(service.users.get(id)?.active).toBe(true);
  });

  it("an unknown id is RESOURCE_NOT_FOUND with the service's own message (SCIM detail)", async () => {
    const missing = await run("Provisioning Get User by ID", { userId: "u999" });
    expect(missing.executionStatus.errors?.[0]).toMatchObject({
      type: "RESOURCE_NOT_FOUND",
      summary: "Users u999 not found",
    });
  });

  it("a service that updates users only by PATCH gets a PatchOp: values replaced, emptied ones removed", async () => {
    const patchOnly = JSON.parse(readFileSync(actionSpecPath("okta-scim.json"), "utf8"));
    delete patchOnly.paths["/Users/{id}"].put;
    const runPatch = runner((await drafted(patchOnly)).bundle, () => server);
    const [id] = service.users.keys();
    service.users.set(id, { ...service.users.get(id), title: "Analyst", nickName: "Countess" });
    const updated = await runPatch("Provisioning Update User", {
      user: { schemas: [], id, userName: "Ada@Acme.test", name: { givenName: "Augusta", familyName: "" }, title: "" },
    });
    ok(updated);
    const stored = service.users.get(id)!;
    expect(stored).toMatchObject({ userName: "Ada@Acme.test", name: { givenName: "Augusta" } });
    expect(stored).not.toHaveProperty("title");
    expect(stored).not.toHaveProperty("nickName");
    expect(stored.name).not.toHaveProperty("familyName");
    expect(updated.user).toMatchObject({ id, userName: "Ada@Acme.test" });
  });

  it("creates a group with its schemas, renames it, adds and removes a member", async () => {
    const created = await run("Provisioning Create Group", { group: { displayName: "Engineers" } });
    ok(created);
    const groupId = (created.group as { id: string }).id;
    expect(service.groups.get(groupId)).toMatchObject({ schemas: ["urn:ietf:params:scim:schemas:core:2.0:Group"] });
    const renamed = await run("Provisioning Update Group", {
      group: { schemas: [], id: groupId, displayName: "Engineering" },
    });
    ok(renamed);
    expect(renamed.group).toMatchObject({ id: groupId, displayName: "Engineering" });
    expect(service.groups.get(groupId)?.displayName).toBe("Engineering");
    const [userId] = service.users.keys();
    ok(await run("Provisioning Add Group Members", { groupId, groupMembers: [{ value: userId }] }));
    expect(service.groups.get(groupId)?.members).toEqual([expect.objectContaining({ value: userId })]);
    ok(await run("Provisioning Remove Group Members", { groupId, groupMembers: [{ value: userId }] }));
    expect(service.groups.get(groupId)?.members).toEqual([]);
  });
});

describe("drafts against a plain REST staff directory with its own habits", { timeout: 120_000 }, () => {
  const service = staffDirectory(TOKEN);
  let server: RunningServer;
  let run: ReturnType<typeof runner>;
  let skipped: { contract: string; reason: string }[];

  beforeAll(async () => {
    server = await startServer((request, response) => service.handle(request, response));
    const result = await drafted(STAFF_OPENAPI);
    skipped = result.skipped;
    run = runner(result.bundle, () => server);
    for (const [index, name] of ["ada", "adam", "grace", "alan", "edsger"].entries())
      service.staff.set(index + 1, {
        id: index + 1,
        email: `${name}@acme.test`,
        first_name: name,
        last_name: null,
        title: null,
        status: "active",
      });
  });
  afterAll(() => server.stop());

  it("finds a user through the JSON filter object, keeping only the exact match whatever its case", async () => {
    expect(skipped.map((entry) => entry.contract)).not.toContain("Provisioning Get User by UserName");
    const found = await run("Provisioning Get User by UserName", { userName: "ADA@acme.test" });
    expect(found.executionStatus.status).toBe("SUCCEEDED");
    // The directory matches substrings: "ada@" also finds "adam@"; only Ada is the user.
    expect(found.user).toEqual({
      schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"],
      id: "1",
      userName: "ada@acme.test",
      name: { givenName: "ada" },
      emails: [{ value: "ada@acme.test", type: "work", primary: true }],
      active: true,
    });
    expect(service.queries.at(-1)?.get("filter")).toBe(JSON.stringify({ email: "ADA@acme.test" }));
  });

  it("lists every user once from page 1 (the directory counts from 1), nulls left out", async () => {
    const ids: unknown[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 6; page++) {
      const listed = await run("Provisioning List Users", { pagination: { limit: 2, ...(cursor ? { cursor } : {}) } });
      expect(listed.executionStatus.status).toBe("SUCCEEDED");
      ids.push(...(listed.resources as { id: unknown }[]).map((user) => user.id));
      cursor = (listed.pagination as { nextCursor?: string }).nextCursor;
      if (!cursor) break;
    }
    // The directory's numeric ids are the contract's string ids.
    expect(ids).toEqual(["1", "2", "3", "4", "5"]);
    expect(service.queries.filter((query) => query.has("page")).map((query) => query.get("page"))).toEqual([
      "1",
      "2",
      "3",
      // A short last page with a total: the API may cap its page size, so one more (empty) page is asked for.
      "4",
    ]);
  });

  it("a description saying pages start at 0 on an API counting from 1: the repeated first page ends the list FAILED", async () => {
    const zeroBased = structuredClone(STAFF_OPENAPI);
    const list: { parameters: { name: string }[] } = zeroBased.paths["/employees"].get;
    list.parameters = list.parameters.map((parameter) =>
      parameter.name === "page" ? { name: "page", in: "query", schema: { type: "integer", minimum: 0 } } : parameter,
    );
    const runZero = runner((await drafted(zeroBased)).bundle, () => server);
    const first = await runZero("Provisioning List Users", { pagination: { limit: 2 } });
    expect((first.resources as { id: string }[]).map((user) => user.id)).toEqual(["1", "2"]);
    const cursor = (first.pagination as { nextCursor: string }).nextCursor;
    const second = await runZero("Provisioning List Users", { pagination: { limit: 2, cursor } });
    expect(second.executionStatus).toMatchObject({
      status: "FAILED",
      errors: [{ summary: expect.stringMatching(/answered page=1 with the first page again/) }],
    });
    expect(second.resources).toBeUndefined();
  });

  it("a user name not found as given is asked for again in lower case, where the API matches case-sensitively", async () => {
    service.caseSensitive = true;
    try {
      const [id, member] = [...service.staff].find(([, stored]) => typeof stored.email === "string")!;
      const asked = String(member.email).toUpperCase();
      service.queries.length = 0;
      const found = await run("Provisioning Get User by UserName", { userName: asked });
      expect(found.executionStatus.status).toBe("SUCCEEDED");
      expect(found.user).toMatchObject({ id: String(id), userName: member.email });
      expect(service.queries.map((query) => JSON.parse(query.get("filter") ?? "{}"))).toEqual([
        { email: asked },
        { email: String(member.email).toLowerCase() },
      ]);
      // A name already in lower case is asked for once.
      service.queries.length = 0;
      const nobody = await run("Provisioning Get User by UserName", { userName: "nobody@acme.test" });
      expect(nobody.executionStatus.errors?.[0]).toMatchObject({ type: "RESOURCE_NOT_FOUND", httpStatusCode: 404 });
      expect(service.queries).toHaveLength(1);
    } finally {
      service.caseSensitive = false;
    }
  });

  it("a create answered with only a Location header: the user has the id it names and the request's values", async () => {
    const quiet = structuredClone(STAFF_OPENAPI);
    (quiet.paths["/employees"].post.responses as Record<string, unknown>)["201"] = { description: "Created" };
    const runQuiet = runner((await drafted(quiet, ["Provisioning Create User"])).bundle, () => server);
    service.quietCreates = true;
    try {
      const created = await runQuiet("Provisioning Create User", {
        user: { schemas: [], id: "okta-1", userName: "barbara@acme.test", name: { givenName: "Barbara" }, title: "" },
      });
      expect(created.executionStatus.status).toBe("SUCCEEDED");
      const [id, stored] = [...service.staff].find(([, member]) => member.email === "barbara@acme.test")!;
      expect(stored).toMatchObject({ first_name: "Barbara", title: null });
      expect(created.user).toEqual({
        schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"],
        id: String(id),
        userName: "barbara@acme.test",
        name: { givenName: "Barbara" },
      });
    } finally {
      service.quietCreates = false;
    }
  });

  it("an untyped PATCH answer is completed from the request: the user keeps its id and userName", async () => {
    const updated = await run("Provisioning Update User", {
      user: {
        schemas: [],
        id: "3",
        userName: "grace@acme.test",
        name: { givenName: "Grace", familyName: "Hopper" },
        title: "",
      },
    });
    expect(updated.executionStatus.status).toBe("SUCCEEDED");
    expect(updated.user).toMatchObject({
      id: "3",
      userName: "grace@acme.test",
      name: { givenName: "Grace", familyName: "Hopper" },
    });
    expect(updated.user).not.toHaveProperty("active");
    // The emptied title is left out of the body, never sent as "".
    expect(service.staff.get(3)).toMatchObject({ first_name: "Grace", last_name: "Hopper", title: null });
  });

  it("an untyped read answer is read by the record the API shows elsewhere: the user has its id and userName", async () => {
    const untyped = structuredClone(STAFF_OPENAPI) as any;
    untyped.paths["/employees/{employeeId}"].get.responses["200"] = { description: "The staff member" };
    const read = runner((await drafted(untyped, ["Provisioning Get User by ID"])).bundle, () => server);
    const found = await read("Provisioning Get User by ID", { userId: "1" });
    expect(found.executionStatus.status).toBe("SUCCEEDED");
    expect(found.user).toMatchObject({ id: "1", userName: "ada@acme.test", name: { givenName: "ada" } });
  });

  it("a 403 for a record that does not exist is RESOURCE_NOT_FOUND with the API's message; a bad token stays INVALID_CREDENTIALS", async () => {
    const missing = await run("Provisioning Get User by ID", { userId: "77" });
    expect(missing.executionStatus.errors?.[0]).toMatchObject({
      type: "RESOURCE_NOT_FOUND",
      httpStatusCode: 403,
      summary: "staff member 77 does not exist or is not visible to this token",
    });
    // A description that documents a 404 and a 403 that only refuses: a refusal is a missing record only when its
    // message says so.
    const with404 = structuredClone(STAFF_OPENAPI);
    Object.assign(with404.paths["/employees/{employeeId}"].get.responses, {
      "403": { description: "The token may not read this staff member." },
      "404": { description: "No such staff member" },
    });
    const runWith404 = runner((await drafted(with404, ["Provisioning Get User by ID"])).bundle, () => server);
    expect(
      (await runWith404("Provisioning Get User by ID", { userId: "77" })).executionStatus.errors?.[0],
    ).toMatchObject({
      type: "RESOURCE_NOT_FOUND",
      httpStatusCode: 403,
    });
    expect(
      (await runWith404("Provisioning Get User by ID", { userId: "13" })).executionStatus.errors?.[0],
    ).toMatchObject({
      type: "INVALID_CREDENTIALS",
      httpStatusCode: 403,
      summary: "this token may not read restricted staff",
    });
    // A description that documents a 401 for a bad credential and no 403: a 403 is about the record, whatever it says.
    const with401 = structuredClone(STAFF_OPENAPI);
    const responses = with401.paths["/employees/{employeeId}"].get.responses as Record<string, unknown>;
    delete responses["403"];
    Object.assign(responses, { "401": { description: "Bad token" }, "404": { description: "No such staff member" } });
    const runWith401 = runner((await drafted(with401, ["Provisioning Get User by ID"])).bundle, () => server);
    expect(
      (await runWith401("Provisioning Get User by ID", { userId: "13" })).executionStatus.errors?.[0],
    ).toMatchObject({
      type: "RESOURCE_NOT_FOUND",
      httpStatusCode: 403,
      summary: "this token may not read restricted staff",
    });
    expect(
      (await runWith401("Provisioning Get User by ID", { userId: "1" }, "not-the-token")).executionStatus.errors?.[0],
    ).toMatchObject({ type: "INVALID_CREDENTIALS", httpStatusCode: 401 });
    const refused = await run("Provisioning Get User by ID", { userId: "1" }, "not-the-token");
    expect(refused.executionStatus.errors?.[0]).toMatchObject({
      type: "INVALID_CREDENTIALS",
      httpStatusCode: 401,
      summary: "invalid token",
    });
  });
});

describe("a user found on Okta's management API by its own search language", { timeout: 120_000 }, () => {
  // Okta's users, as GET /api/v1/users answers them: the login and names inside `profile`, the status upper-case.
  const users = [
    {
      id: "00u1",
      status: "ACTIVE",
      profile: { login: "Ada@Acme.test", email: "ada@acme.test", firstName: "Ada", lastName: "Lovelace" },
    },
    {
      id: "00u2",
      status: "SUSPENDED",
      profile: { login: "ada@acme.test.example", email: "ada2@acme.test", firstName: "Ada", lastName: "Byron" },
    },
  ];
  const searches: string[] = [];
  let server: RunningServer;
  let run: ReturnType<typeof runner>;

  beforeAll(async () => {
    server = await startServer((request, response) => {
      const url = new URL(request.url ?? "/", "http://127.0.0.1");
      if (request.headers.authorization !== `Bearer ${TOKEN}`)
        return sendJson(response, 401, { errorSummary: "Invalid token provided" });
      const search = url.searchParams.get("search") ?? "";
      searches.push(search);
      const match = search.match(/^profile\.login eq "(.*)"$/);
      if (!match) return sendJson(response, 400, { errorCode: "E0000031", errorSummary: `Invalid search: ${search}` });
      // Okta's operator is looser than equality here: a login that starts with the value matches too.
      const value = JSON.parse(`"${match[1]}"`).toLowerCase();
      sendJson(
        response,
        200,
        users.filter((user) => user.profile.login.toLowerCase().startsWith(value)),
      );
    });
    const document = JSON.parse(readFileSync(actionSpecPath("okta-management.json"), "utf8"));
    run = runner((await drafted(document, ["Provisioning Get User by UserName"])).bundle, () => server);
  });
  afterAll(() => server.stop());

  it("searches profile.login in Okta's SCIM-like language and keeps the exact login, whatever its case", async () => {
    const found = await run("Provisioning Get User by UserName", { userName: "ada@ACME.test" });
    expect(searches).toEqual(['profile.login eq "ada@ACME.test"']);
    expect(found).toMatchObject({
      executionStatus: { status: "SUCCEEDED" },
      user: {
        id: "00u1",
        userName: "Ada@Acme.test",
        name: { givenName: "Ada", familyName: "Lovelace" },
        emails: [{ value: "ada@acme.test", primary: true }],
        active: true,
      },
    });
    const nobody = await run("Provisioning Get User by UserName", { userName: "grace@acme.test" });
    expect(nobody.executionStatus.errors?.[0]).toMatchObject({ type: "RESOURCE_NOT_FOUND", httpStatusCode: 404 });
  });
});
