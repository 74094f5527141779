// OAuth 2.0 and OpenID Connect against a real authorization server (oidc-provider) and a resource server that
// introspects every token: client credentials (both client auth methods), password grant, refresh-only
// (authorization code), discovery, token reuse, proactive refresh and one refresh-and-retry on 401.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createHttpClient } from "../../lib/http/client";
import { closeDispatchers } from "../../lib/http/dispatcher";
import { HttpPreflightError } from "../../lib/http/errors";
import { testConnection } from "../helpers/servers/connection";
import { startOAuthServer, startProtectedApi, type OAuthServer, type ProtectedApi } from "../helpers/servers/oauth";

let authServer: OAuthServer;
let api: ProtectedApi;
const SECRET = "client-secret-0123456789abcdef";

beforeAll(async () => {
  authServer = await startOAuthServer({
    clients: [
      { clientId: "cc-basic", clientSecret: SECRET, auth: "client_secret_basic", grants: ["client_credentials"] },
      { clientId: "cc-post", clientSecret: SECRET, auth: "client_secret_post", grants: ["client_credentials"] },
      {
        clientId: "cc-short",
        clientSecret: SECRET,
        auth: "client_secret_post",
        grants: ["client_credentials"],
        accessTokenTtl: 4,
      },
      { clientId: "cc-revoked", clientSecret: SECRET, auth: "client_secret_post", grants: ["client_credentials"] },
      { clientId: "oidc", clientSecret: SECRET, auth: "client_secret_basic", grants: ["client_credentials"] },
      { clientId: "pw", clientSecret: SECRET, auth: "client_secret_post", grants: ["password", "refresh_token"] },
      { clientId: "web", clientSecret: SECRET, auth: "client_secret_basic", grants: ["refresh_token"] },
    ],
    users: { ann: "ann-password-1" },
  });
  api = await startProtectedApi(authServer);
});

afterAll(async () => {
  await closeDispatchers();
  await Promise.all([api.stop(), authServer.stop()]);
});

const allowed = () => [new URL(authServer.issuer).host];

function clientCredentials(clientId: string, clientAuth: string, extra: Record<string, unknown> = {}) {
  return createHttpClient(
    testConnection(
      api.baseUrl,
      {
        type: "oauth2ClientCredentials",
        settings: { tokenUrl: authServer.tokenUrl, scopes: ["api", "read"], clientAuth, ...extra },
        values: { clientId, clientSecret: SECRET },
      },
      { allowedHosts: allowed() },
    ),
  );
}

const issued = (grant: string) => authServer.issued[grant] ?? 0;

describe("client credentials", () => {
  it.each([
    ["client_secret_basic", "cc-basic"],
    ["client_secret_post", "cc-post"],
  ])("gets a token with %s and reuses it for many calls", async (clientAuth, clientId) => {
    const before = issued("client_credentials");
    const client = clientCredentials(clientId, clientAuth);
    const responses = await Promise.all(
      Array.from({ length: 5 }, (_, index) => client.send({ method: "GET", url: `/items/${index}` })),
    );
    for (let index = 0; index < 3; index += 1) responses.push(await client.send({ method: "GET", url: "/items" }));
    expect(responses.every((response) => response.status === 200)).toBe(true);
    expect(issued("client_credentials") - before).toBe(1);
    // A second client of the same connection shares the cached token.
    expect((await clientCredentials(clientId, clientAuth).send({ method: "GET", url: "/again" })).status).toBe(200);
    expect(issued("client_credentials") - before).toBe(1);
  });

  it("refreshes before the token expires, so the API never sees an expired token", async () => {
    const client = clientCredentials("cc-short", "client_secret_post");
    const before = issued("client_credentials");
    const first = api.calls.length;
    expect((await client.send({ method: "GET", url: "/a" })).status).toBe(200);
    expect((await client.send({ method: "GET", url: "/b" })).status).toBe(200);
    expect(issued("client_credentials") - before).toBe(1);
    // 4 s token: the clock of this process (the client's cache, the authorization server and the API alike) moved
    // 3.7 s on, inside the last 10% of the token's life.
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      vi.setSystemTime(Date.now() + 3_700);
      expect((await client.send({ method: "GET", url: "/c" })).status).toBe(200);
    } finally {
      vi.useRealTimers();
    }
    expect(issued("client_credentials") - before).toBe(2);
    const seen = api.calls.slice(first);
    expect(seen.map((call) => call.status)).toEqual([200, 200, 200]);
    expect(seen[2].token).not.toBe(seen[0].token);
  });

  it("gets a new token and retries once when the API answers 401", async () => {
    const client = clientCredentials("cc-revoked", "client_secret_post");
    const before = issued("client_credentials");
    expect((await client.send({ method: "GET", url: "/one" })).status).toBe(200);
    const first = api.calls.length;
    await authServer.revoke(api.calls[first - 1].token);
    const retried = await client.send({ method: "POST", url: "/two", body: { n: 2 } });
    expect(retried).toMatchObject({ status: 200, body: { path: "/two", method: "POST" } });
    expect(api.calls.slice(first).map((call) => call.status)).toEqual([401, 200]);
    expect(issued("client_credentials") - before).toBe(2);
  });

  it("names the token endpoint and asks to reconnect when the client is refused", async () => {
    const client = createHttpClient(
      testConnection(api.baseUrl, {
        type: "oauth2ClientCredentials",
        settings: { tokenUrl: authServer.tokenUrl, clientAuth: "client_secret_basic" },
        values: { clientId: "cc-basic", clientSecret: "wrong-secret-value" },
      }),
    );
    const error = await client.send({ method: "GET", url: "/x" }).catch((caught: Error) => caught);
    expect(error).toBeInstanceOf(HttpPreflightError);
    expect((error as Error).message).toMatch(
      new RegExp(`^token request to ${authServer.tokenUrl} failed: 401 invalid_client.* — reconnect the credential$`),
    );
    expect((error as Error).message).not.toContain("wrong-secret-value");
  });

  it("says when the client ID is missing", async () => {
    const client = createHttpClient(
      testConnection(api.baseUrl, {
        type: "oauth2ClientCredentials",
        settings: { tokenUrl: authServer.tokenUrl },
        values: {},
      }),
    );
    await expect(client.send({ method: "GET", url: "/x" })).rejects.toThrow(
      "OAuth 2.0: the connection has no client ID",
    );
  });
});

describe("password grant and refresh tokens", () => {
  it("signs in with the resource owner's credentials, then uses the refresh token after a 401", async () => {
    const client = createHttpClient(
      testConnection(api.baseUrl, {
        type: "oauth2Password",
        settings: { tokenUrl: authServer.tokenUrl, scopes: "api read" },
        values: { clientId: "pw", clientSecret: SECRET, username: "ann", password: "ann-password-1" },
      }),
    );
    const passwordBefore = issued("password");
    const refreshBefore = issued("refresh_token");
    expect((await client.send({ method: "GET", url: "/me" })).status).toBe(200);
    expect((await client.send({ method: "GET", url: "/me" })).status).toBe(200);
    expect(issued("password") - passwordBefore).toBe(1);
    await authServer.revoke(api.calls[api.calls.length - 1].token);
    expect((await client.send({ method: "GET", url: "/me" })).status).toBe(200);
    expect(issued("refresh_token") - refreshBefore).toBe(1);
    expect(issued("password") - passwordBefore).toBe(1);
  });

  it("refuses wrong resource owner credentials with the token endpoint's error", async () => {
    const client = createHttpClient(
      testConnection(api.baseUrl, {
        type: "oauth2Password",
        settings: { tokenUrl: authServer.tokenUrl },
        values: { clientId: "pw", clientSecret: SECRET, username: "ann", password: "not-her-password" },
      }),
    );
    await expect(client.send({ method: "GET", url: "/me" })).rejects.toThrow(
      `token request to ${authServer.tokenUrl} failed: 400 invalid_grant`,
    );
  });

  it("authorization code connections only refresh: the stored refresh token gets the access token", async () => {
    const refreshToken = await authServer.issueRefreshToken("web", "ann");
    const client = createHttpClient(
      testConnection(api.baseUrl, {
        type: "oauth2AuthorizationCode",
        settings: {
          authorizeUrl: `${authServer.issuer}/auth`,
          tokenUrl: authServer.tokenUrl,
          clientAuth: "client_secret_basic",
        },
        values: { clientId: "web", clientSecret: SECRET, refreshToken },
      }),
    );
    const before = issued("refresh_token");
    expect((await client.send({ method: "GET", url: "/mine" })).status).toBe(200);
    expect((await client.send({ method: "GET", url: "/mine" })).status).toBe(200);
    expect(issued("refresh_token") - before).toBe(1);
  });

  it("asks to reconnect an authorization code connection without a refresh token", async () => {
    const client = createHttpClient(
      testConnection(api.baseUrl, {
        type: "oauth2AuthorizationCode",
        settings: { tokenUrl: authServer.tokenUrl },
        values: { clientId: "web", clientSecret: SECRET },
      }),
    );
    await expect(client.send({ method: "GET", url: "/mine" })).rejects.toThrow(
      "OAuth 2.0: the connection has no refresh token — reconnect the credential",
    );
  });
});

describe("OpenID Connect", () => {
  it("discovers the token endpoint and gets a token", async () => {
    const before = issued("client_credentials");
    for (const discoveryUrl of [authServer.discoveryUrl, authServer.issuer]) {
      const client = createHttpClient(
        testConnection(api.baseUrl, {
          type: "openIdConnect",
          settings: { discoveryUrl, scopes: ["api"], clientAuth: "client_secret_basic" },
          values: { clientId: "oidc", clientSecret: SECRET },
        }),
      );
      expect((await client.send({ method: "GET", url: "/oidc" })).status).toBe(200);
    }
    expect(issued("client_credentials") - before).toBe(2);
  });

  it("says when discovery fails", async () => {
    const client = createHttpClient(
      testConnection(api.baseUrl, {
        type: "openIdConnect",
        settings: { discoveryUrl: `${api.baseUrl}/nothing-here` },
        values: { clientId: "oidc", clientSecret: SECRET },
      }),
    );
    await expect(client.send({ method: "GET", url: "/oidc" })).rejects.toThrow(
      `OpenID Connect discovery at ${api.baseUrl}/nothing-here failed`,
    );
  });
});
