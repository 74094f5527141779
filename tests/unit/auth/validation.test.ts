// Auth configuration and connection validation: every error names its JSON pointer.
import { generateKeyPairSync } from "node:crypto";
import forge from "node-forge";
import { describe, expect, it } from "vitest";
import type { AuthConfiguration } from "@/lib/auth/model";
import { validateAuthConfig } from "@/lib/auth/validate";
import { validateMapping } from "@/lib/auth/mapping";
import { AppError } from "@/lib/errors";
import { resolveConnectionConfig } from "@/lib/connections/resolve";
import { validateConnectionConfig } from "@/lib/connections/validate";
import type { ConnectionConfig } from "@/lib/connections/model";

function problemsOf(action: () => unknown) {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return (error as AppError).problems;
  }
  throw new Error("expected a validation error");
}

const pointers = (action: () => unknown) => problemsOf(action).map((problem) => problem.location?.pointer);

const clientCredentials = (tokenUrl: string) => ({
  name: "cc",
  type: "oauth2ClientCredentials",
  settings: { tokenUrl },
});

const connection = (overrides: Partial<ConnectionConfig> = {}): ConnectionConfig => ({
  name: "c",
  server: { protocol: "https", host: "{subdomain}.example.com", basePath: "/v1" },
  parameters: {},
  tenantVariables: {},
  tls: { enabled: true, rejectUnauthorized: true },
  timeoutMs: 5000,
  proxy: { mode: "direct", auth: { mode: "none" } },
  ...overrides,
});

function selfSignedPem() {
  const keys = forge.pki.rsa.generateKeyPair(1024);
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = "01";
  cert.validity.notBefore = new Date();
  cert.validity.notAfter = new Date(Date.now() + 86_400_000);
  cert.setSubject([{ name: "commonName", value: "client" }]);
  cert.setIssuer([{ name: "commonName", value: "client" }]);
  cert.sign(keys.privateKey);
  return { certificate: forge.pki.certificateToPem(cert), privateKey: forge.pki.privateKeyToPem(keys.privateKey) };
}

describe("auth configuration validation", () => {
  it("rejects an unknown auth type at /type", () => {
    const problems = problemsOf(() => validateAuthConfig({ name: "x", type: "kerberos", settings: {} }));
    expect(problems[0].location?.pointer).toBe("/type");
    expect(problems[0].message).toMatch(/Unknown auth type "kerberos"/);
  });

  it("rejects a relative token URL at /settings/tokenUrl", () => {
    const problems = problemsOf(() => validateAuthConfig(clientCredentials("/oauth/token")));
    expect(problems).toEqual([
      expect.objectContaining({ location: expect.objectContaining({ pointer: "/settings/tokenUrl" }) }),
    ]);
    expect(problems[0].message).toMatch(/absolute URL/);
  });

  it("rejects a plain-http token URL off loopback, allows loopback and placeholders", () => {
    expect(problemsOf(() => validateAuthConfig(clientCredentials("http://auth.example.com/token")))[0]).toMatchObject({
      location: { pointer: "/settings/tokenUrl" },
      message: expect.stringMatching(/plain HTTP/),
    });
    for (const url of [
      "http://127.0.0.1:9000/token",
      "http://localhost/token",
      "http://[::1]:8080/token",
      "https://{subdomain}.example.com/token",
    ]) {
      expect(validateAuthConfig(clientCredentials(url)).settings.tokenUrl).toBe(url);
    }
  });

  it("fills defaults from the definition (client auth, PKCE) and reports missing fields by pointer", () => {
    const config = validateAuthConfig({
      name: "ac",
      type: "oauth2AuthorizationCode",
      settings: { authorizeUrl: "https://a.example.com/authorize", tokenUrl: "https://a.example.com/token" },
    });
    expect(config.settings).toMatchObject({ clientAuth: "client_secret_post", pkce: true, scopes: [] });
    expect(config.parameters).toEqual([]);
    expect(pointers(() => validateAuthConfig({ name: "ac", type: "oauth2AuthorizationCode", settings: {} }))).toEqual(
      expect.arrayContaining(["/settings/authorizeUrl", "/settings/tokenUrl"]),
    );
    expect(
      pointers(() =>
        validateAuthConfig({
          ...clientCredentials("https://a.example.com/t"),
          settings: { tokenUrl: "https://a.example.com/t", clientAuth: "jwt" },
        }),
      ),
    ).toEqual(["/settings/clientAuth"]);
  });

  it("flags a mapping to a deleted tenant variable", () => {
    const config = validateAuthConfig({
      name: "key",
      type: "custom",
      settings: {},
      parameters: [{ label: "API key", key: "apiKey", type: "password", in: "header", name: "X-API-KEY" }],
      mapping: { apiKey: "api_key_var" },
    });
    expect(validateMapping(config, [{ name: "api_key_var" }], { linked: true })).toEqual([]);
    expect(validateMapping(config, [{ name: "subdomain" }], { linked: true })[0]).toMatchObject({
      message: expect.stringMatching(/no longer has/),
      location: { pointer: "/mapping/apiKey" },
    });
    expect(validateMapping(config, [], { linked: false })[0].message).toMatch(/not linked/);
  });

  it("accepts the OIN app's authentication variables as auth.<name>, and only those", () => {
    const config = validateAuthConfig({
      name: "key",
      type: "custom",
      settings: {},
      parameters: [{ label: "API key", key: "apiKey", type: "password", in: "header", name: "X-API-KEY" }],
      mapping: { apiKey: "auth.api_token" },
    });
    const authVariables = [{ name: "api_token" }];
    expect(validateMapping(config, [], { linked: true, authVariables })).toEqual([]);
    expect(validateMapping(config, [], { linked: true, authVariables: [] })[0].message).toMatch(
      /authentication variable "api_token", which the linked OIN app's authentication settings do not have/,
    );
    expect(validateMapping(config, [], { linked: false, authVariables })[0].message).toMatch(/not linked/);
    const client = { ...config, mapping: { apiKey: "auth.client_id" } };
    expect(validateMapping(client, [], { linked: true, authVariables })[0].message).toMatch(/client setting/);
  });
});

describe("connection validation", () => {
  it("reports port 70000 at /server/port", () => {
    expect(
      pointers(() =>
        validateConnectionConfig(connection({ server: { protocol: "https", host: "api.example.com", port: 70000 } })),
      ),
    ).toEqual(["/server/port"]);
  });

  it("requires proxy host and port in proxy mode, and the credentials of the auth type", () => {
    expect(
      pointers(() => validateConnectionConfig(connection({ proxy: { mode: "proxy", auth: { mode: "none" } } }))),
    ).toEqual(expect.arrayContaining(["/proxy/host", "/proxy/port"]));
    const basic = validateAuthConfig({ name: "b", type: "basic", settings: {} });
    expect(pointers(() => validateConnectionConfig(connection({ parameters: { username: "u" } }), basic))).toEqual([
      "/parameters/password",
    ]);
  });

  it("rejects malformed PEM and accepts a real certificate and key", () => {
    const mtls = validateAuthConfig({ name: "m", type: "mutualTls", settings: {} });
    const pem = selfSignedPem();
    const bad = connection({
      parameters: {
        certificate: "-----BEGIN CERTIFICATE-----\nnot base64\n-----END CERTIFICATE-----",
        privateKey: "hello",
      },
    });
    const problems = problemsOf(() => validateConnectionConfig(bad, mtls));
    expect(problems.map((problem) => problem.location?.pointer)).toEqual([
      "/parameters/certificate",
      "/parameters/privateKey",
    ]);
    expect(problems[0].message).toMatch(/not valid PEM/);
    const ecKey = generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey.export({
      type: "pkcs8",
      format: "pem",
    }) as string;
    expect(() =>
      validateConnectionConfig(
        connection({ parameters: { certificate: pem.certificate, privateKey: pem.privateKey } }),
        mtls,
      ),
    ).not.toThrow();
    expect(() =>
      validateConnectionConfig(connection({ parameters: { certificate: pem.certificate, privateKey: ecKey } }), mtls),
    ).not.toThrow();
  });
});

describe("resolveConnectionConfig", () => {
  it("fills placeholders from tenant variables through the mapping and lists hosts and secrets", () => {
    const auth: AuthConfiguration = validateAuthConfig({
      name: "cc",
      type: "oauth2ClientCredentials",
      settings: { tokenUrl: "https://{subdomain}.auth.example.com/token" },
      parameters: [
        { label: "App key", key: "appKey", type: "password", in: "header", name: "X-App-Key", prefix: "Key " },
      ],
      mapping: { subdomain: "tenant_subdomain", clientId: "auth.client_id" },
    });
    const resolved = resolveConnectionConfig(
      connection({
        parameters: { clientId: "id-1", clientSecret: "s3cret-value", appKey: "app-key-value" },
        tenantVariables: { tenant_subdomain: "acme" },
      }),
      auth,
      [{ url: "https://{subdomain}.example.com/v1", variables: { subdomain: { default: "demo" } } }],
    );
    expect(resolved.baseUrl).toBe("https://acme.example.com/v1");
    expect(resolved.auth.settings.tokenUrl).toBe("https://acme.auth.example.com/token");
    expect(resolved.auth.values).toEqual({ clientId: "id-1", clientSecret: "s3cret-value" });
    expect(resolved.allowedHosts).toEqual(["https://acme.example.com", "https://acme.auth.example.com"]);
    expect(resolved.sentParameters).toEqual([{ in: "header", name: "X-App-Key", value: "Key app-key-value" }]);
    // The client_secret_basic pair is a secret too: its base64 is what a server could echo back.
    expect(resolved.secretValues.sort()).toEqual(["app-key-value", "id-1:s3cret-value", "s3cret-value"]);
  });

  it("names the parameter a placeholder still needs", () => {
    expect(() => resolveConnectionConfig(connection())).toThrow(/"subdomain"/);
  });
});
