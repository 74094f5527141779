// Spot checks of what the index keeps: warnings with pointers, security, servers, parameters, size limit.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ingestSpec } from "@/lib/spec/ingest";
import type { IngestSuccess } from "@/lib/spec/types";
import { INVALID_SPECS_DIR, specPath } from "@/tests/helpers/paths";

async function ingestFile(path: string): Promise<IngestSuccess> {
  const result = await ingestSpec(readFileSync(path, "utf8"));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result;
}

const operation = (result: IngestSuccess, method: string, path: string) => {
  const found = result.index.operations.find((op) => op.method === method && op.path === path);
  if (!found) throw new Error(`${method} ${path} not in index`);
  return found;
};

describe("schema warnings", () => {
  it("warns about tictactoe's capitalised Bearer scheme at its pointer, and lower-cases the scheme", async () => {
    const result = await ingestFile(specPath("learn-v3.1-tictactoe.yaml"));
    expect(result.warnings).toEqual([
      expect.objectContaining({
        location: { pointer: "/components/securitySchemes/bearerHttpAuthentication/bearerFormat" },
      }),
    ]);
    const bearer = result.index.securitySchemes.find((scheme) => scheme.name === "bearerHttpAuthentication");
    expect(bearer).toMatchObject({ type: "http", scheme: "bearer", bearerFormat: "JWT" });
  });

  it("warns once about okta-opa's `style: simple` query parameter", async () => {
    const result = await ingestFile(join(INVALID_SPECS_DIR, "okta-opa-minimal.schema-invalid.yaml"));
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0].location?.pointer).toBe(
      "/paths/~1v1~1teams~1{team_name}~1active_directory/get/parameters/0/style",
    );
    expect(result.warnings[0].message).toContain('"form"');
  });

  const tagsExample32 = join(INVALID_SPECS_DIR, "learn-v3.2-tags-example.oas32.yaml");

  it("checks OAS 3.2 with the 3.2 schema: the official tags example (summary, parent, kind) has no warnings", async () => {
    const result = await ingestFile(tagsExample32);
    expect(result.index.oasVersion).toBe("3.2.0");
    expect(result.warnings).toEqual([]);
  });

  it("warns about a real mistake in a 3.2 document at its pointer", async () => {
    const document = parse(readFileSync(tagsExample32, "utf8"));
    document.tags[1].parnet = document.tags[1].parent;
    document.tags[3].kind = 7;
    const result = await ingestSpec(JSON.stringify(document), { fileName: "tags.json" });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.warnings).toEqual([
      {
        message: 'unknown property "parnet"',
        location: { file: "tags.json", pointer: "/tags/1/parnet" },
      },
      { message: "must be string", location: { file: "tags.json", pointer: "/tags/3/kind" } },
    ]);
  });

  it("checks a later 3.x minor with the 3.2 schema and says so", async () => {
    const document = parse(readFileSync(tagsExample32, "utf8"));
    document.openapi = "3.3.0";
    document.tags[0].colour = "blue";
    const result = await ingestSpec(JSON.stringify(document));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatchObject({ location: { pointer: "/tags/0/colour" } });
    expect(result.warnings[0].message).toContain("(checked with the OpenAPI 3.2 schema)");
  });
});

describe("security", () => {
  it("keeps global security and `security: []` overrides (readme-3.1-readme.json)", async () => {
    const result = await ingestFile(specPath("readme-3.1-readme.json"));
    expect(result.index.globalSecurity.length).toBeGreaterThan(0);
    const apply = operation(result, "get", "/apply");
    expect(apply).toMatchObject({ security: [], securityOverridden: true });
    const inherited = result.index.operations.find((op) => !op.securityOverridden)!;
    expect(inherited.security).toEqual(result.index.globalSecurity);
  });

  it("keeps AND-combinations and OR-alternatives (readme-3.0-security-multiple.yaml)", async () => {
    const result = await ingestFile(specPath("readme-3.0-security-multiple.yaml"));
    expect(operation(result, "post", "/anything/and").security).toEqual([
      { apiKey_header: [], basic: [], oauth2: ["write:things"] },
    ]);
    expect(operation(result, "post", "/anything/or").security).toEqual([
      { oauth2: ["write:things"] },
      { apiKey_header: [] },
    ]);
    expect(operation(result, "post", "/anything/many-and-or").security).toEqual([
      { oauth2: [], basic: [] },
      { bearer: [], bearer_jwt: [] },
      { bearer_jwt: [] },
      { basic: [] },
      { basic: [], bearer: [] },
      { apiKey_cookie: [], apiKey_header: [], apiKey_query: [] },
    ]);
  });

  it("indexes every kind of scheme (readme-3.1-security.yaml)", async () => {
    const result = await ingestFile(specPath("readme-3.1-security.yaml"));
    const types = new Set(result.index.securitySchemes.map((scheme) => scheme.type));
    expect(types).toEqual(new Set(["apiKey", "http", "oauth2", "openIdConnect", "mutualTLS"]));
    const oauth = result.index.securitySchemes.find((scheme) => scheme.type === "oauth2" && scheme.flows!.length > 1);
    expect(oauth?.flows?.every((flow) => typeof flow.scopes === "object")).toBe(true);
    expect(result.index.securitySchemes.find((s) => s.type === "openIdConnect")?.openIdConnectUrl).toMatch(/^https?:/);
  });
});

describe("servers and parameters", () => {
  it("keeps server variables and merges path-level parameters (okta-oauth-minimal.yaml)", async () => {
    const result = await ingestFile(specPath("okta-oauth-minimal.yaml"));
    expect(result.index.servers).toEqual([
      expect.objectContaining({
        url: "https://{yourOktaDomain}",
        variables: { yourOktaDomain: expect.objectContaining({ default: "subdomain.okta.com" }) },
      }),
    ]);
    const getClient = operation(result, "get", "/oauth2/v1/clients/{clientId}");
    expect(getClient.parameters).toContainEqual(
      expect.objectContaining({ name: "clientId", in: "path", required: true }),
    );
    const scheme = result.index.securitySchemes.find((s) => s.type === "http" && s.scheme === "postbody");
    expect(scheme).toBeDefined();
  });

  it("lets an operation parameter override the path-level one with the same name and location", async () => {
    const result = await ingestFile(specPath("readme-3.0-parameters-common.yaml"));
    for (const op of result.index.operations) {
      const keys = op.parameters.map((p) => `${p.in}:${p.name}`);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it("keeps path-level servers on operations (twilio-api-v2010.json)", async () => {
    const result = await ingestFile(specPath("twilio-api-v2010.json"));
    expect(operation(result, "get", "/2010-04-01/Accounts.json").servers).toEqual([
      { url: "https://api.twilio.com", variables: {} },
    ]);
  });

  it("keeps only the first sentence of a parameter description, at most 120 characters", async () => {
    const result = await ingestFile(join(INVALID_SPECS_DIR, "okta-opa-minimal.schema-invalid.yaml"));
    const parameter = (path: string, name: string) =>
      operation(result, "get", path).parameters.find((candidate) => candidate.name === name);
    expect(parameter("/v1/teams/{team_name}/clients", "state")?.description).toBe(
      "Only return clients with the specified state.",
    );
    expect(parameter("/v1/teams/{team_name}/clients", "team_name")?.description).toBe("The name of your team");
    expect(parameter("/v1/teams/{team_name}/active_directory", "contains")?.description).toMatch(
      /^<x-lifecycle-container>.*…$/,
    );
    for (const op of result.index.operations) {
      for (const { description } of op.parameters) expect(description?.length ?? 0).toBeLessThanOrEqual(120);
    }
  });
});

describe("inputs ingest refuses", () => {
  const minimal = (extra: object) =>
    JSON.stringify({ openapi: "3.1.0", info: { title: "t", version: "1" }, paths: {}, ...extra });

  it("refuses a spec over the size limit, naming the limit", async () => {
    const result = await ingestSpec(minimal({}), { maxBytes: 10, fileName: "big.json" });
    expect(result).toMatchObject({ ok: false, errors: [{ location: { file: "big.json" } }] });
    if (!result.ok) expect(result.errors[0].message).toContain("10 bytes");
  });

  it("takes the limit from IB_SPEC_MAX_BYTES", async () => {
    process.env.IB_SPEC_MAX_BYTES = "20";
    try {
      expect((await ingestSpec(minimal({}))).ok).toBe(false);
    } finally {
      delete process.env.IB_SPEC_MAX_BYTES;
    }
    expect((await ingestSpec(minimal({}))).ok).toBe(true);
  });

  it("gives line and column for broken JSON", async () => {
    const result = await ingestSpec('{\n  "openapi": "3.1.0",\n  "info": }\n');
    expect(result).toMatchObject({
      ok: false,
      errors: [
        { message: "invalid JSON at line 3, column 11: Unexpected token '}'", location: { line: 3, column: 11 } },
      ],
    });
  });

  it("resolves refs with ~1 and URL escapes, and rejects a dangling one by pointer", async () => {
    const paths = {
      "/a/{id}": { get: { responses: { "200": { description: "ok" } } } },
      "/b": { $ref: "#/paths/~1a~1%7Bid%7D" },
      "/c": { get: { responses: { "200": { $ref: "#/components/responses/Missing" } } } },
    };
    const result = await ingestSpec(minimal({ paths }));
    expect(result).toMatchObject({
      ok: false,
      errors: [
        {
          message: expect.stringContaining("#/components/responses/Missing"),
          location: { pointer: "/paths/~1c/get/responses/200/$ref" },
        },
      ],
    });
  });

  it("rejects a document with neither paths nor webhooks", async () => {
    const result = await ingestSpec(JSON.stringify({ openapi: "3.0.3", info: { title: "t", version: "1" } }));
    expect(result).toMatchObject({
      ok: false,
      errors: [{ message: expect.stringContaining("neither `paths` nor `webhooks`") }],
    });
  });
});
