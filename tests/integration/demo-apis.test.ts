// The demo target APIs behave as documented: the REST demo (cursor paging, lifecycle, memberships, sessions,
// bearer and client-credentials auth, 401/404/409/429 JSON errors) and the SCIM demo (scimmy: case-insensitive
// userName filter, 409 on a duplicate, Bearer or Basic auth); both descriptions ingest cleanly.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningRestDemo, startRestDemo } from "@/demo/rest/server";
import { type RunningScimDemo, startScimDemo } from "@/demo/scim/server";
import { ingestSpec } from "@/lib/spec/ingest";

describe("REST demo", () => {
  let demo: RunningRestDemo;
  const call = (method: string, path: string, body?: unknown, token = demo.settings.apiToken) =>
    fetch(`${demo.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { "content-type": "application/json" } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });

  beforeAll(async () => {
    demo = await startRestDemo();
  });
  afterAll(() => demo.close());

  it("pages five users two at a time by cursor, each user once", async () => {
    for (const name of ["ada", "bob", "cy", "dee", "eve"]) {
      const created = await call("POST", "/api/v1/users", {
        email: `${name}@acme.test`,
        first_name: name,
        last_name: "X",
      });
      expect(created.status).toBe(201);
    }
    const seen: string[] = [];
    const cursors = new Set<string>();
    let cursor: string | null = null;
    do {
      const response = await call("GET", `/api/v1/users?limit=2${cursor ? `&cursor=${cursor}` : ""}`);
      const body = (await response.json()) as { data: { email: string }[]; next_cursor: string | null };
      seen.push(...body.data.map((user) => user.email));
      cursor = body.next_cursor;
      if (cursor) {
        expect(cursors.has(cursor)).toBe(false);
        cursors.add(cursor);
      }
    } while (cursor);
    expect(seen.sort()).toEqual(["ada", "bob", "cy", "dee", "eve"].map((name) => `${name}@acme.test`));
    expect(demo.store.inspect().users).toHaveLength(5);
  });

  it("answers 409, 404, 401 and 429 with JSON error bodies", async () => {
    const duplicate = await call("POST", "/api/v1/users", { email: "ADA@acme.test", first_name: "A", last_name: "B" });
    expect(duplicate.status).toBe(409);
    expect(await duplicate.json()).toMatchObject({ error: { code: "conflict" } });
    const missing = await call("GET", "/api/v1/users/usr_9999");
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: { code: "not_found", message: "user usr_9999 not found" } });
    const unauthorized = await call("GET", "/api/v1/users", undefined, "wrong");
    expect(unauthorized.status).toBe(401);
    expect(await unauthorized.json()).toMatchObject({ error: { code: "invalid_token" } });
    demo.store.rateLimitedRequests = 1;
    expect((await call("GET", "/api/v1/users")).status).toBe(429);
    expect((await call("GET", "/api/v1/users")).status).toBe(200);
  });

  it("deactivates and activates by status, keeps memberships as their own resource, revokes all sessions", async () => {
    const ada = demo.store.findUserByEmail("ada@acme.test")!;
    demo.store.openSession(ada.id);
    demo.store.openSession(ada.id);
    const revoked = await call("DELETE", `/api/v1/users/${ada.id}/sessions`);
    expect(await revoked.json()).toEqual({ revoked: 2 });
    expect(demo.store.inspect().sessions.every((session) => session.revoked)).toBe(true);

    expect(
      ((await (await call("POST", `/api/v1/users/${ada.id}/deactivate`)).json()) as { status: string }).status,
    ).toBe("deactivated");
    expect(((await (await call("POST", `/api/v1/users/${ada.id}/activate`)).json()) as { status: string }).status).toBe(
      "active",
    );

    const group = (await (await call("POST", "/api/v1/groups", { name: "Engineers" })).json()) as { id: string };
    expect((await call("POST", "/api/v1/group_memberships", { group_id: group.id, user_id: ada.id })).status).toBe(201);
    const members = (await (await call("GET", `/api/v1/group_memberships?group_id=${group.id}`)).json()) as {
      data: { user_id: string }[];
    };
    expect(members.data.map((entry) => entry.user_id)).toEqual([ada.id]);
    expect((await call("DELETE", `/api/v1/group_memberships?group_id=${group.id}&user_id=${ada.id}`)).status).toBe(204);
    expect(demo.store.inspect().memberships).toEqual([]);
  });

  it("issues client-credentials tokens and reports an expired one as token_expired", async () => {
    const tokenResponse = await fetch(`${demo.url}/oauth/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        grant_type: "client_credentials",
        client_id: demo.settings.clientId,
        client_secret: demo.settings.clientSecret,
      }),
    });
    const token = (await tokenResponse.json()) as { access_token: string; expires_in: number };
    expect(token.expires_in).toBe(3600);
    expect((await call("GET", "/api/v1/groups", undefined, token.access_token)).status).toBe(200);
    demo.store.tokens.set(token.access_token, Date.now() - 1);
    const expired = await call("GET", "/api/v1/groups", undefined, token.access_token);
    expect(expired.status).toBe(401);
    expect(await expired.json()).toMatchObject({ error: { code: "token_expired" } });
  });

  it("publishes an OpenAPI 3 description generated from its routes, naming its own URL", async () => {
    const text = await (await fetch(`${demo.url}/openapi.json`)).text();
    const result = await ingestSpec(text, { fileName: "rest-demo.json" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.index.servers[0].url).toBe(demo.url);
    expect(result.index.securitySchemes.map((scheme) => scheme.type).sort()).toEqual(["http", "oauth2"]);
    expect(result.index.operations.map((operation) => `${operation.method} ${operation.path}`)).toContain(
      "delete /api/v1/users/{user_id}/sessions",
    );
    expect(result.warnings).toEqual([]);
  });
});

describe("SCIM demo", () => {
  let demo: RunningScimDemo;
  const bearer = () => ({
    authorization: `Bearer ${demo.settings.bearerToken}`,
    "content-type": "application/scim+json",
  });
  const user = (userName: string) => ({
    schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"],
    userName,
    name: { givenName: "Ada", familyName: "Lovelace" },
    emails: [{ value: userName.toLowerCase(), primary: true }],
  });

  beforeAll(async () => {
    demo = await startScimDemo();
  });
  afterAll(() => demo.close());

  it("creates users, refuses a duplicate userName in any case with 409, filters userName eq case-insensitively", async () => {
    const created = await fetch(`${demo.baseUrl}/Users`, {
      method: "POST",
      headers: bearer(),
      body: JSON.stringify(user("Ada@Acme.test")),
    });
    expect(created.status).toBe(201);
    const duplicate = await fetch(`${demo.baseUrl}/Users`, {
      method: "POST",
      headers: bearer(),
      body: JSON.stringify(user("ada@acme.TEST")),
    });
    expect(duplicate.status).toBe(409);
    expect(await duplicate.json()).toMatchObject({ scimType: "uniqueness" });
    const filter = encodeURIComponent('userName eq "ADA@acme.test"');
    const found = (await (await fetch(`${demo.baseUrl}/Users?filter=${filter}`, { headers: bearer() })).json()) as {
      totalResults: number;
      Resources: { userName: string }[];
    };
    expect(found.totalResults).toBe(1);
    expect(found.Resources[0].userName).toBe("Ada@Acme.test");
    expect(demo.store.inspect().users).toHaveLength(1);
  });

  it("pages users by startIndex and count (RFC 7644 §3.4.2.4)", async () => {
    for (const name of ["b", "c", "d", "e"]) demo.store.saveUser(undefined, user(`${name}@acme.test`));
    const page = async (query: string) =>
      (await (await fetch(`${demo.baseUrl}/Users?${query}`, { headers: bearer() })).json()) as {
        totalResults: number;
        startIndex: number;
        itemsPerPage: number;
        Resources: { userName: string }[];
      };
    const first = await page("startIndex=1&count=2");
    expect(first).toMatchObject({ totalResults: 5, startIndex: 1, itemsPerPage: 2 });
    const last = await page("startIndex=5&count=2");
    expect(last.Resources).toHaveLength(1);
    const all = [first, await page("startIndex=3&count=2"), last].flatMap((entry) => entry.Resources);
    expect(new Set(all.map((entry) => entry.userName)).size).toBe(5);
  });

  it("holds bodies to RFC 7643/7644: schemas, known attributes, types, filter syntax, PatchOp Operations", async () => {
    const send = async (method: string, path: string, body: unknown) => {
      const response = await fetch(`${demo.baseUrl}${path}`, { method, headers: bearer(), body: JSON.stringify(body) });
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    };
    const refusal = (scimType: string, detail: string | RegExp) => ({
      status: 400,
      body: {
        schemas: ["urn:ietf:params:scim:api:messages:2.0:Error"],
        status: "400",
        scimType,
        detail: typeof detail === "string" ? detail : expect.stringMatching(detail),
      },
    });
    const { schemas: _, ...withoutSchemas } = user("strict@acme.test");
    expect(await send("POST", "/Users", withoutSchemas)).toEqual(
      refusal("invalidSyntax", /"schemas" must be an array that lists urn:ietf:params:scim:schemas:core:2.0:User/),
    );
    expect(await send("POST", "/Users", { ...user("strict@acme.test"), schemas: [] })).toMatchObject(
      refusal("invalidSyntax", /"schemas"/),
    );
    expect(await send("POST", "/Users", { ...user("strict@acme.test"), nickname2: "x" })).toEqual(
      refusal("invalidSyntax", 'unknown attribute "nickname2"'),
    );
    expect(await send("POST", "/Users", { ...user("strict@acme.test"), name: { givenName: "A", alias: "B" } })).toEqual(
      refusal("invalidSyntax", 'unknown attribute "name.alias"'),
    );
    expect(await send("POST", "/Users", { ...user("strict@acme.test"), active: "yes" })).toMatchObject(
      refusal("invalidValue", /active/),
    );
    expect(await send("POST", "/Groups", { displayName: "No schemas" })).toMatchObject(
      refusal("invalidSyntax", /urn:ietf:params:scim:schemas:core:2.0:Group/),
    );
    // Attribute names are case-insensitive (RFC 7643 §2.1): USERNAME is userName.
    const created = await send("POST", "/Users", { schemas: user("").schemas, USERNAME: "strict@acme.test" });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const patchOp = ["urn:ietf:params:scim:api:messages:2.0:PatchOp"];
    expect(await send("PATCH", `/Users/${id}`, { schemas: patchOp })).toMatchObject(
      refusal("invalidValue", /Operations/),
    );
    expect(
      await send("PATCH", `/Users/${id}`, { schemas: patchOp, Operations: [{ op: "replace", value: { mood: 1 } }] }),
    ).toEqual(refusal("invalidSyntax", 'unknown attribute "Operations[0].value.mood"'));
    const deactivated = await send("PATCH", `/Users/${id}`, {
      schemas: patchOp,
      Operations: [{ op: "replace", path: "active", value: false }],
    });
    // No If-Match needed: the service does not version resources (RFC 7644 §3.14 is optional).
    expect(deactivated).toMatchObject({ status: 200, body: { active: false } });
    const badFilter = await fetch(`${demo.baseUrl}/Users?filter=${encodeURIComponent('userName = "x"')}`, {
      headers: bearer(),
    });
    expect(badFilter.status).toBe(400);
    expect(await badFilter.json()).toMatchObject({ scimType: "invalidFilter" });
    // Credentials are checked before the body: a wrong token with a bad body is 401, not 400.
    const anonymous = await fetch(`${demo.baseUrl}/Users`, {
      method: "POST",
      headers: { ...bearer(), authorization: "Bearer nope" },
      body: JSON.stringify({ nope: 1 }),
    });
    expect(anonymous.status).toBe(401);
    demo.store.deleteUser(id);
  });

  it("takes Basic or Bearer credentials and refuses others with 401; an unknown id is 404", async () => {
    const basic = `Basic ${Buffer.from(`${demo.settings.username}:${demo.settings.password}`).toString("base64")}`;
    expect((await fetch(`${demo.baseUrl}/Groups`, { headers: { authorization: basic } })).status).toBe(200);
    expect((await fetch(`${demo.baseUrl}/Groups`, { headers: { authorization: "Bearer nope" } })).status).toBe(401);
    expect((await fetch(`${demo.baseUrl}/Users/does-not-exist`, { headers: bearer() })).status).toBe(404);
  });

  it("publishes its OpenAPI description under the tenant prefix", async () => {
    const result = await ingestSpec(await (await fetch(`${demo.url}/openapi.json`)).text(), { fileName: "scim.json" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toEqual([]);
    expect(result.index.operations.map((operation) => `${operation.method} ${operation.path}`)).toContain(
      "get /scim/v2/Users",
    );
  });
});
