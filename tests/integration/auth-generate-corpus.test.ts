// `ib auth generate FILE --json` over the whole corpus, against expectations written by hand from each spec.
import { describe, it } from "vitest";
import { runIb } from "../helpers/ib-cli";
import { specPath, validSpecFiles } from "../helpers/paths";

type Expected = {
  sourceScheme: string;
  type: string;
  name?: string;
  settings?: Record<string, unknown>;
  parameter?: Record<string, unknown>;
  warns?: RegExp;
};
type Case = { configs: Expected[]; notGenerated?: { scheme: string; kind: string; message: RegExp }[] };

const IMPLICIT = /implicit flow returns tokens to a browser/;
const WRITE_THINGS = ["write:things"];
const readmeSecurity = (alt: boolean): Expected[] => [
  { sourceScheme: "apiKey_cookie", type: "custom", parameter: { key: "api_key", in: "cookie", type: "password" } },
  { sourceScheme: "apiKey_header", type: "custom", parameter: { key: "X-API-KEY", in: "header", type: "password" } },
  { sourceScheme: "apiKey_query", type: "custom", parameter: { key: "apiKey", in: "query", type: "password" } },
  { sourceScheme: "basic", type: "basic" },
  { sourceScheme: "bearer", type: "bearer" },
  { sourceScheme: "bearer_jwt", type: "bearer" },
  {
    sourceScheme: "oauth2/authorizationCode",
    type: "oauth2AuthorizationCode",
    name: "oauth2 (Authorization Code)",
    settings: {
      authorizeUrl: "https://example.com/oauth/dialog",
      tokenUrl: "https://example.com/oauth/token",
      scopes: WRITE_THINGS,
      pkce: true,
    },
    warns: /plain HTTP/,
  },
  {
    sourceScheme: "oauth2/clientCredentials",
    type: "oauth2ClientCredentials",
    name: "oauth2 (Client Credentials)",
    settings: { tokenUrl: "https://example.com/oauth/token", scopes: WRITE_THINGS, clientAuth: "client_secret_post" },
  },
  {
    sourceScheme: "oauth2/password",
    type: "oauth2Password",
    name: "oauth2 (Password)",
    settings: { tokenUrl: "https://example.com/oauth/token", scopes: WRITE_THINGS },
  },
  ...(alt
    ? [
        {
          sourceScheme: "oauth2_authorizationCode/authorizationCode",
          type: "oauth2AuthorizationCode",
          name: "oauth2_authorizationCode",
          settings: {
            authorizeUrl: "https://alt.example.com/oauth/dialog",
            tokenUrl: "https://alt.example.com/oauth/token",
          },
        },
        {
          sourceScheme: "oauth2_clientCredentials/clientCredentials",
          type: "oauth2ClientCredentials",
          settings: { tokenUrl: "https://alt.example.com/oauth/token" },
        },
        {
          sourceScheme: "oauth2_password/password",
          type: "oauth2Password",
          settings: { tokenUrl: "https://alt.example.com/oauth/token" },
        },
        {
          sourceScheme: "openIdConnect",
          type: "openIdConnect",
          settings: { discoveryUrl: "https://example.com/.well-known/openid-configuration" },
        },
      ]
    : []),
];

const CASES: Record<string, Case> = {
  "learn-v3.1-tictactoe.yaml": {
    configs: [
      { sourceScheme: "defaultApiKey", type: "custom", parameter: { key: "api-key", in: "header", type: "password" } },
      { sourceScheme: "basicHttpAuthentication", type: "basic" }, // scheme: Basic
      { sourceScheme: "bearerHttpAuthentication", type: "bearer" }, // scheme: Bearer
      {
        sourceScheme: "app2AppOauth/clientCredentials",
        type: "oauth2ClientCredentials",
        name: "app2AppOauth",
        settings: { tokenUrl: "https://learn.openapis.org/oauth/2.0/token", scopes: ["board:read"] },
      },
      {
        sourceScheme: "user2AppOauth/authorizationCode",
        type: "oauth2AuthorizationCode",
        settings: {
          authorizeUrl: "https://learn.openapis.org/oauth/2.0/auth",
          tokenUrl: "https://learn.openapis.org/oauth/2.0/token",
          scopes: ["board:read", "board:write"],
        },
      },
    ],
  },
  "oai-v3.1-non-oauth-scopes.json": { configs: [{ sourceScheme: "bearerAuth", type: "bearer" }] },
  "okta-oauth-minimal.yaml": {
    configs: [
      { sourceScheme: "apiToken", type: "custom", parameter: { key: "Authorization", in: "header", type: "password" } },
      {
        sourceScheme: "oauth2/authorizationCode",
        type: "oauth2AuthorizationCode",
        name: "oauth2",
        settings: {
          authorizeUrl: "https://{yourOktaDomain}/oauth2/v1/authorize",
          tokenUrl: "https://{yourOktaDomain}/oauth2/v1/token",
        },
        warns: /relative/,
      },
      { sourceScheme: "Client_authentication_client_secret_basic", type: "basic" },
      {
        sourceScheme: "Client_authentication_client_secret_post",
        type: "custom",
        warns: /"Client_authentication_client_secret_post".*postbody/i,
      },
      { sourceScheme: "Client_authentication_client_secret_jwt", type: "custom", warns: /postbody/i },
      { sourceScheme: "Client_authentication_private_key_jwt", type: "custom", warns: /postbody/i },
    ],
  },
  "openai-openapi.yaml": {
    configs: [
      { sourceScheme: "ApiKeyAuth", type: "bearer" },
      { sourceScheme: "AdminApiKeyAuth", type: "bearer" },
    ],
  },
  "readme-3.0-petstore.json": {
    configs: [
      { sourceScheme: "api_key", type: "custom", parameter: { key: "api_key", in: "header", type: "password" } },
    ],
    notGenerated: [{ scheme: "petstore_auth", kind: "oauth2:implicit", message: IMPLICIT }],
  },
  "readme-3.0-readme-legacy.json": { configs: [{ sourceScheme: "apiKey", type: "basic", name: "apiKey" }] }, // http basic *named* apiKey
  "readme-3.0-security-multiple.yaml": {
    configs: readmeSecurity(false),
    notGenerated: [
      { scheme: "oauth2", kind: "oauth2:implicit", message: IMPLICIT },
      { scheme: "oauth2_alternate", kind: "oauth2:implicit", message: IMPLICIT },
    ],
  },
  "readme-3.0-security.json": {
    configs: readmeSecurity(true),
    notGenerated: [
      { scheme: "oauth2", kind: "oauth2:implicit", message: IMPLICIT },
      { scheme: "oauth2_implicit", kind: "oauth2:implicit", message: IMPLICIT },
    ],
  },
  "readme-3.1-readme.json": { configs: [{ sourceScheme: "bearer", type: "bearer" }] },
  "readme-3.1-security.yaml": {
    configs: [...readmeSecurity(true), { sourceScheme: "mutualTLS", type: "mutualTls" }],
    notGenerated: [
      { scheme: "oauth2", kind: "oauth2:implicit", message: IMPLICIT },
      { scheme: "oauth2_implicit", kind: "oauth2:implicit", message: IMPLICIT },
    ],
  },
  "twilio-api-v2010.json": { configs: [{ sourceScheme: "accountSid_authToken", type: "basic" }] },
  "twilio-iam-scim.yaml": {
    configs: [
      { sourceScheme: "accountSid_authToken", type: "basic" },
      { sourceScheme: "access_token_bearer", type: "bearer" },
    ],
  },
};

async function generate(file: string) {
  const { stdout } = await runIb(["auth", "generate", specPath(file), "--json"]);
  return JSON.parse(stdout) as {
    ok: boolean;
    configurations: {
      sourceScheme: string;
      type: string;
      name: string;
      settings: Record<string, unknown>;
      parameters: unknown[];
      warnings: string[];
    }[];
    notes: { scheme: string; kind: string; generated: boolean; message?: string }[];
  };
}

describe("ib auth generate over the corpus", () => {
  it.for(validSpecFiles())("%s", async (file, { expect }) => {
    const result = await generate(file);
    expect(result.ok).toBe(true);
    const expected = CASES[file] ?? { configs: [] };
    expect(result.configurations.map((config) => config.sourceScheme).sort()).toEqual(
      expected.configs.map((config) => config.sourceScheme).sort(),
    );
    for (const want of expected.configs) {
      const got = result.configurations.find((config) => config.sourceScheme === want.sourceScheme)!;
      expect(got.type, want.sourceScheme).toBe(want.type);
      if (want.name) expect(got.name).toBe(want.name);
      if (want.settings) expect(got.settings).toMatchObject(want.settings);
      if (want.parameter)
        expect(got.parameters).toEqual([expect.objectContaining({ ...want.parameter, label: want.parameter.key })]);
      if (want.warns) expect(got.warnings.join(" ")).toMatch(want.warns);
    }
    const skipped = result.notes.filter((note) => !note.generated);
    expect(skipped.map(({ scheme, kind }) => ({ scheme, kind }))).toEqual(
      (expected.notGenerated ?? []).map(({ scheme, kind }) => ({ scheme, kind })),
    );
    skipped.forEach((note, i) => {
      expect(note.message).toMatch(expected.notGenerated![i].message);
    });
  });
});
