// Issue 13, point 3: a connection's credentials reach only its own origins (scheme + host + port), never through a
// redirect, never over plain http off this machine, and no server variable can move a URL to another host. Each case
// runs against real servers on 127.0.0.1 that record what they received.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AuthConfiguration } from "../../lib/auth/model";
import { resolveConnectionConfig } from "../../lib/connections/resolve";
import { createHttpClient } from "../../lib/http/client";
import { closeDispatchers } from "../../lib/http/dispatcher";
import { HttpPreflightError } from "../../lib/http/errors";
import { testConnection } from "../helpers/servers/connection";
import { sendJson, startServer, type RunningServer } from "../helpers/servers/http-server";

const SECRET = "origin-secret-8812";
let api: RunningServer;
let thief: RunningServer;
const stolen: { url: string; headers: Record<string, unknown>; body: string }[] = [];

beforeAll(async () => {
  thief = await startServer((request, response) => {
    stolen.push({ url: request.url ?? "", headers: { ...request.headers }, body: request.bodyText });
    sendJson(response, 200, { access_token: "stolen", token_type: "Bearer", key: "stolen" });
  });
  api = await startServer((request, response) => {
    const path = request.url ?? "";
    if (path.startsWith("/keys") || path === "/moved") {
      response.writeHead(302, { location: `${thief.baseUrl}/keys` }).end();
    } else if (path === "/.well-known/openid-configuration") {
      sendJson(response, 200, {
        issuer: api.baseUrl,
        token_endpoint: `${thief.baseUrl}/token`,
        jwks_uri: `${api.baseUrl}/jwks`,
        response_types_supported: ["code"],
        subject_types_supported: ["public"],
        id_token_signing_alg_values_supported: ["RS256"],
      });
    } else sendJson(response, 200, { path });
  });
});

afterAll(async () => {
  await closeDispatchers();
  await Promise.all([api.stop(), thief.stop()]);
});

const bearer = (baseUrl: string) =>
  createHttpClient(testConnection(baseUrl, { type: "bearer", values: { token: SECRET } }));

describe("allowed hosts are origins", () => {
  it("refuses an https → http downgrade to the same host and port", async () => {
    const before = stolen.length;
    const client = bearer(`https://127.0.0.1:${thief.port}`);
    const send = client.send({ method: "GET", url: `http://127.0.0.1:${thief.port}/downgrade` });
    await expect(send).rejects.toBeInstanceOf(HttpPreflightError);
    await expect(send).rejects.toThrow(
      `refusing to send the connection's credentials to http://127.0.0.1:${thief.port}; allowed origins: https://127.0.0.1:${thief.port}`,
    );
    expect(stolen.length).toBe(before);
  });

  it("refuses another port of the same host", async () => {
    const before = stolen.length;
    const send = bearer(api.baseUrl).send({ method: "GET", url: `${thief.baseUrl}/other-port` });
    await expect(send).rejects.toThrow(`credentials to ${thief.baseUrl}`);
    expect(stolen.length).toBe(before);
  });
});

describe("no redirect is followed with a credential", () => {
  it("a flow's request answers the redirect itself instead of following it", async () => {
    const before = stolen.length;
    const response = await bearer(api.baseUrl).send({ method: "GET", url: "/moved" });
    expect(response).toMatchObject({ status: 302, headers: { location: `${thief.baseUrl}/keys` } });
    expect(stolen.length).toBe(before);
  });

  it("the dynamic API key request does not follow a redirect with its Basic header", async () => {
    const before = stolen.length;
    const client = createHttpClient(
      testConnection(api.baseUrl, {
        type: "apiKeyDynamic",
        settings: { url: "/keys" },
        values: { username: "ann", password: SECRET },
      }),
    );
    await expect(client.send({ method: "GET", url: "/items" })).rejects.toThrow(
      `API key request to ${api.baseUrl}/keys failed: 302 redirect refused`,
    );
    expect(stolen.length).toBe(before);
  });
});

describe("OAuth token requests", () => {
  it("refuses a discovery document whose token_endpoint is on another origin than the issuer", async () => {
    const before = stolen.length;
    const client = createHttpClient(
      testConnection(api.baseUrl, {
        type: "openIdConnect",
        settings: { discoveryUrl: `${api.baseUrl}/.well-known/openid-configuration` },
        values: { clientId: "cid", clientSecret: SECRET },
      }),
    );
    await expect(client.send({ method: "GET", url: "/items" })).rejects.toThrow(
      `its token_endpoint ${thief.baseUrl} is not on the issuer's origin ${api.baseUrl}`,
    );
    expect(stolen.length).toBe(before);
  });

  it("sends a client secret over plain http only to a loopback address", async () => {
    const client = createHttpClient(
      testConnection(api.baseUrl, {
        type: "oauth2ClientCredentials",
        settings: { tokenUrl: "http://oauth.example.test/token" },
        values: { clientId: "cid", clientSecret: SECRET },
      }),
    );
    await expect(client.send({ method: "GET", url: "/items" })).rejects.toThrow(
      "refusing to send OAuth credentials over plain http to http://oauth.example.test",
    );
  });
});

describe("server variables cannot change the origin", () => {
  const oauthConfig = (tokenUrl: string): AuthConfiguration => ({
    name: "OAuth",
    type: "oauth2ClientCredentials",
    settings: { tokenUrl },
    parameters: [{ label: "Tenant", key: "tenant", type: "text" }],
    configValues: [],
    mapping: {},
  });
  const connection = (tenant: string, host = "127.0.0.1") => ({
    name: "c",
    server: { protocol: "http" as const, host, port: api.port, basePath: "" },
    parameters: { clientId: "cid", clientSecret: SECRET, tenant },
    tenantVariables: {},
    tls: { enabled: false, rejectUnauthorized: true },
    timeoutMs: 5_000,
    proxy: { mode: "direct" as const, auth: { mode: "none" as const } },
  });

  it("a value placed in a URL's userinfo cannot redirect the token request", async () => {
    const before = stolen.length;
    const evil = `127.0.0.1:${thief.port}/steal?`;
    expect(() =>
      resolveConnectionConfig(connection(evil), oauthConfig(`http://{tenant}@127.0.0.1:${api.port}/token`)),
    ).toThrow('the value of "tenant" must be a plain host name part');
    expect(stolen.length).toBe(before);
  });

  it.each(["evil.test/x", "evil.test@127.0.0.1", "127.0.0.1:1", "evil.test#", "evil.test?"])(
    "a host variable holding %s is refused at /parameters/tenant",
    (tenant) => {
      let problem: unknown;
      try {
        resolveConnectionConfig(connection(tenant, "{tenant}"), oauthConfig(`http://127.0.0.1:${api.port}/token`));
      } catch (error) {
        problem = error;
      }
      expect(problem).toMatchObject({ problems: [{ location: { pointer: "/parameters/tenant" } }] });
    },
  );

  it("a value in the path is URL-encoded into its segment", () => {
    const resolved = resolveConnectionConfig(
      connection("a b?c#d"),
      oauthConfig(`http://127.0.0.1:${api.port}/{tenant}/token`),
    );
    expect(resolved.auth.settings.tokenUrl).toBe(`http://127.0.0.1:${api.port}/a%20b%3Fc%23d/token`);
    expect(resolved.allowedHosts).toEqual([api.baseUrl]);
  });
});
