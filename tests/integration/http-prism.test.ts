// Real API mocks: Prism serves specs of the shared corpus and rejects requests that break them, so these calls
// prove the runtime sends what the specs ask for (query, JSON body, API key, Basic, Bearer).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpClient } from "../../lib/http/client";
import { closeDispatchers } from "../../lib/http/dispatcher";
import { testConnection } from "../helpers/servers/connection";
import { specPath } from "../helpers/paths";
import { startPrism, type RunningPrism } from "../helpers/servers/prism";

let petstore: RunningPrism;
let expanded: RunningPrism;
let security: RunningPrism;

beforeAll(async () => {
  [petstore, expanded, security] = await Promise.all([
    startPrism(specPath("oai-v3.0-petstore.yaml")),
    startPrism(specPath("oai-v3.0-petstore-expanded.json")),
    startPrism(specPath("readme-3.0-security.json")),
  ]);
}, 120_000);

afterAll(async () => {
  await closeDispatchers();
  await Promise.all([petstore, expanded, security].map((prism) => prism?.stop()));
});

describe("petstore", () => {
  it("lists pets with a valid query and is told off for an invalid one", async () => {
    const client = createHttpClient(testConnection(petstore.baseUrl));
    const listed = await client.send({ method: "GET", url: "/pets", query: { limit: 1 } });
    expect(listed).toMatchObject({ ok: true, status: 200 });
    expect(Array.isArray(listed.body)).toBe(true);
    const invalid = await client.send({ method: "GET", url: "/pets", query: { limit: "many" } });
    expect(invalid).toMatchObject({ ok: false, status: 422 });
  });

  it("creates a pet", async () => {
    const created = await createHttpClient(testConnection(petstore.baseUrl)).send({ method: "POST", url: "/pets" });
    expect(created).toMatchObject({ ok: true, status: 201 });
  });

  it("posts a JSON body that satisfies the schema, and an invalid one is rejected", async () => {
    const client = createHttpClient(testConnection(expanded.baseUrl));
    const created = await client.send({ method: "POST", url: "/pets", body: { name: "Rex", tag: "dog" } });
    expect(created).toMatchObject({ ok: true, status: 200 });
    expect(created.body).toMatchObject({ name: expect.any(String), id: expect.any(Number) });
    const rejected = await client.send({ method: "POST", url: "/pets", body: { tag: "no name" } });
    expect(rejected).toMatchObject({ ok: false, status: 422 });
  });
});

describe("security schemes", () => {
  const custom = (where: "header" | "query" | "cookie", name: string) =>
    createHttpClient(
      testConnection(
        security.baseUrl,
        { type: "custom" },
        { sentParameters: [{ in: where, name, value: "key-1234" }], secretValues: ["key-1234"] },
      ),
    );

  it("sends an API key in a header, the query or a cookie as each operation requires", async () => {
    expect((await custom("header", "X-API-KEY").send({ method: "PUT", url: "/anything/apiKey" })).status).toBe(200);
    expect((await custom("query", "apiKey").send({ method: "GET", url: "/anything/apiKey" })).status).toBe(200);
    expect((await custom("cookie", "api_key").send({ method: "POST", url: "/anything/apiKey" })).status).toBe(200);
  });

  it("is refused without the key", async () => {
    const anonymous = createHttpClient(testConnection(security.baseUrl));
    expect((await anonymous.send({ method: "PUT", url: "/anything/apiKey" })).status).toBe(401);
  });

  it("sends Basic and Bearer credentials", async () => {
    const basic = createHttpClient(
      testConnection(security.baseUrl, { type: "basic", values: { username: "ann", password: "pw-1234" } }),
    );
    expect((await basic.send({ method: "POST", url: "/anything/basic" })).status).toBe(200);
    const bearer = createHttpClient(
      testConnection(security.baseUrl, { type: "bearer", values: { token: "tok-1234" } }),
    );
    expect((await bearer.send({ method: "POST", url: "/anything/bearer" })).status).toBe(200);
  });
});
