// Connect (OAuth 2.0 authorization code with PKCE) end to end against a real oidc-provider: the start route, its
// login and consent pages driven headlessly, the callback route, tokens sealed with the connection, requests through
// createHttpClient(resolveConnection()), refresh-and-retry after a revoked access token with the rotated refresh token
// saved, and the stored token used after a restart (fresh modules). Also: unknown, expired and refused callbacks.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { useTempDatabase } from "../helpers/temp-db";
import { storedDatabaseText } from "../helpers/stored-database";
import { signInAndConsent } from "../helpers/servers/oauth-browser";
import { startOAuthServer, startProtectedApi, type OAuthServer, type ProtectedApi } from "../helpers/servers/oauth";
import { signIn } from "../helpers/signed-in";
import { at } from "../helpers/route-url";

useTempDatabase();

const owner = await signIn();
const APP = "http://127.0.0.1:3999";
process.env.IB_PUBLIC_URL = APP;

const { createProject } = await import("@/lib/projects/service");
const { createAuthConfig } = await import("@/lib/auth/store");
const store = await import("@/lib/connections/store");
const { createHttpClient } = await import("@/lib/http/client");
const { closeDispatchers } = await import("@/lib/http/dispatcher");
const startRoute = at(
  "/api/projects/[projectId]/connections/[connectionId]/oauth/start",
  await import("@/app/api/projects/[projectId]/connections/[connectionId]/oauth/start/route"),
);
const callbackRoute = at("/api/oauth/callback", await import("@/app/api/oauth/callback/route"));

const REDIRECT_URI = `${APP}/api/oauth/callback`;
const SECRET = "web-app-secret-0123456789abcdef";

let authServer: OAuthServer;
let api: ProtectedApi;
let projectId = "";
let authConfigId = "";

beforeAll(async () => {
  authServer = await startOAuthServer({
    clients: [
      {
        clientId: "web-app",
        clientSecret: SECRET,
        auth: "client_secret_basic",
        grants: ["authorization_code", "refresh_token"],
        redirectUris: [REDIRECT_URI],
      },
      {
        clientId: "web-short",
        clientSecret: SECRET,
        auth: "client_secret_basic",
        grants: ["authorization_code", "refresh_token"],
        redirectUris: [REDIRECT_URI],
        accessTokenTtl: 20,
      },
    ],
    users: {},
    rotateRefreshTokens: true,
  });
  api = await startProtectedApi(authServer);
  projectId = (await createProject({ name: "Connect" })).id;
  authConfigId = (
    await createAuthConfig(projectId, {
      name: "Web sign-in",
      type: "oauth2AuthorizationCode",
      settings: {
        authorizeUrl: `${authServer.issuer}/auth`,
        tokenUrl: authServer.tokenUrl,
        scopes: ["openid", "offline_access", "api"],
        clientAuth: "client_secret_basic",
        pkce: true,
      },
    })
  ).id!;
});

afterAll(async () => {
  await closeDispatchers();
  await Promise.all([api.stop(), authServer.stop()]);
});

async function newConnection(name: string, clientSecret = SECRET, clientId = "web-app"): Promise<string> {
  const draft = await store.connectionDraft(projectId, authConfigId);
  const created = await store.createConnection(projectId, {
    ...draft,
    name,
    server: { protocol: "http", host: "127.0.0.1", port: api.port, basePath: "" },
    parameters: { clientId, clientSecret },
  });
  return created.id;
}

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function startConnect(connectionId: string): Promise<URL> {
  const response = await (startRoute.POST as unknown as Handler)(
    owner.request(`${APP}/api/projects/${projectId}/connections/${connectionId}/oauth/start`, { method: "POST" }),
    { params: Promise.resolve({ projectId, connectionId }) },
  );
  expect(response.status).toBe(200);
  keepCookie(response);
  return new URL(((await response.json()) as { authorizationUrl: string }).authorizationUrl);
}

/** The browser's state cookie, as the start route set it and the callback cleared it. */
let stateCookie: string | undefined;
function keepCookie(response: Response) {
  const set = response.headers.get("set-cookie");
  if (set) stateCookie = /Max-Age=0/.test(set) ? undefined : set.split(";")[0];
}

async function callback(url: URL | string, cookie = stateCookie): Promise<Response> {
  const response = await callbackRoute.GET(owner.request(String(url), { headers: cookie ? { cookie } : {} }));
  keepCookie(response);
  return response;
}

async function connect(connectionId: string): Promise<Response> {
  const authorizationUrl = await startConnect(connectionId);
  return callback(await signInAndConsent(authorizationUrl.href, { redirectUri: REDIRECT_URI, login: "ann" }));
}

const issued = (grant: string) => authServer.issued[grant] ?? 0;
const lastToken = () => api.calls[api.calls.length - 1].token;

describe("Connect", () => {
  let connectionId = "";
  let usedCallback: URL;

  it("builds an authorization URL with PKCE S256, state, scopes and the app's callback", async () => {
    connectionId = await newConnection("Web");
    expect((await store.getConnection(projectId, connectionId)).oauth).toEqual({ connected: false });
    await expect(
      createHttpClient(await store.resolveConnection(connectionId)).send({ method: "GET", url: "/before" }),
    ).rejects.toThrow("the connection has no refresh token — reconnect the credential");

    const url = await startConnect(connectionId);
    expect(`${url.origin}${url.pathname}`).toBe(`${authServer.issuer}/auth`);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      response_type: "code",
      client_id: "web-app",
      redirect_uri: REDIRECT_URI,
      scope: "openid offline_access api",
      code_challenge_method: "S256",
      prompt: "consent",
    });
    expect(url.searchParams.get("state")).toMatch(/^[\w-]{20,}$/);
    expect(url.searchParams.get("code_challenge")).toMatch(/^[\w-]{43}$/);
  });

  it("signs in, exchanges the code and keeps the tokens sealed with the connection", async () => {
    const authorizationUrl = await startConnect(connectionId);
    usedCallback = await signInAndConsent(authorizationUrl.href, { redirectUri: REDIRECT_URI, login: "ann" });
    expect(usedCallback.searchParams.get("code")).toBeTruthy();
    const response = await callback(usedCallback);
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(
      `/projects/${projectId}/connections?connection=${connectionId}&oauth=connected`,
    );
    expect(issued("authorization_code")).toBe(1);

    const shown = await store.getConnection(projectId, connectionId);
    expect(shown.oauth).toMatchObject({ connected: true, refreshable: true });
    expect(Date.parse(shown.oauth!.expiresAt!)).toBeGreaterThan(Date.now());
    const resolved = await store.resolveConnection(connectionId);
    const { accessToken, refreshToken } = resolved.auth.values;
    expect(accessToken && refreshToken).toBeTruthy();
    expect(resolved.secretValues).toEqual(expect.arrayContaining([accessToken, refreshToken]));
    expect(JSON.stringify(await store.listConnections(projectId))).not.toContain(accessToken);
    const stored = storedDatabaseText();
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.includes(accessToken) || stored.includes(refreshToken), "a token in the database").toBe(false);
  });

  it("calls the protected API with the stored access token, without a token request", async () => {
    const refreshes = issued("refresh_token");
    const client = createHttpClient(await store.resolveConnection(connectionId));
    expect(await client.send({ method: "GET", url: "/orders" })).toMatchObject({
      status: 200,
      body: { path: "/orders" },
    });
    expect(lastToken()).toBe((await store.resolveConnection(connectionId)).auth.values.accessToken);
    expect(issued("refresh_token")).toBe(refreshes);
  });

  it("after the access token is revoked, refreshes, retries and saves the rotated refresh token", async () => {
    const before = await store.resolveConnection(connectionId);
    await authServer.revoke(before.auth.values.accessToken);
    const refreshes = issued("refresh_token");
    const first = api.calls.length;

    const response = await createHttpClient(before).send({ method: "POST", url: "/orders", body: { item: 1 } });
    expect(response).toMatchObject({ status: 200, body: { path: "/orders", method: "POST" } });
    expect(api.calls.slice(first).map((call) => call.status)).toEqual([401, 200]);
    expect(issued("refresh_token") - refreshes).toBe(1);

    const after = await store.resolveConnection(connectionId);
    expect(after.auth.values.refreshToken).not.toBe(before.auth.values.refreshToken);
    expect(after.auth.values.accessToken).toBe(lastToken());
    expect(await authServer.isActive(before.auth.values.refreshToken)).toBe(false);
    expect(await authServer.isActive(after.auth.values.refreshToken)).toBe(true);
    expect((await store.getConnection(projectId, connectionId)).oauth).toMatchObject({
      connected: true,
      refreshable: true,
    });
  });

  it("after a restart, the latest stored refresh token renews the access token", async () => {
    const stored = await store.resolveConnection(connectionId);
    await authServer.revoke(stored.auth.values.accessToken);
    vi.resetModules(); // a fresh process: empty token cache, new modules over the same database
    const fresh = {
      store: await import("@/lib/connections/store"),
      http: await import("@/lib/http/client"),
      dispatcher: await import("@/lib/http/dispatcher"),
    };
    const refreshes = issued("refresh_token");
    try {
      const response = await fresh.http
        .createHttpClient(await fresh.store.resolveConnection(connectionId))
        .send({ method: "GET", url: "/after-restart" });
      expect(response.status).toBe(200);
    } finally {
      await fresh.dispatcher.closeDispatchers();
    }
    expect(issued("refresh_token") - refreshes).toBe(1);
    expect((await store.resolveConnection(connectionId)).auth.values.refreshToken).not.toBe(
      stored.auth.values.refreshToken,
    );
  });

  it("keeps the tokens when the connection is edited; a clone must Connect itself", async () => {
    const shown = await store.getConnection(projectId, connectionId);
    await store.updateConnection(projectId, connectionId, { ...shown.config, timeoutMs: 20_000 });
    expect((await store.resolveConnection(connectionId)).auth.values.refreshToken).toBeTruthy();
    const copy = await store.cloneConnection(projectId, connectionId);
    expect(copy.oauth).toEqual({ connected: false });
    expect((await store.resolveConnection(copy.id)).auth.values.refreshToken).toBeUndefined();
    await store.deleteConnection(projectId, copy.id);
  });

  it("answers a used or unknown state with a clear error", async () => {
    for (const url of [usedCallback, `${REDIRECT_URI}?code=abc&state=never-issued`, REDIRECT_URI]) {
      const response = await callback(url);
      expect(response.status).toBe(400);
      expect(await response.text()).toBe(
        "Connect failed: This sign-in was not started in this browser, or took too long: press Connect again on the connection.\n",
      );
    }
    const replayed = await callback(usedCallback, `ib_oauth_state=${usedCallback.searchParams.get("state")}`);
    expect(await replayed.text()).toBe(
      "Connect failed: This sign-in is unknown or was already used: press Connect again on the connection.\n",
    );
  });

  it("binds the sign-in to the browser that started it: an httpOnly SameSite=Lax cookie checked at the callback", async () => {
    const started = await (startRoute.POST as unknown as Handler)(
      owner.request(`${APP}/api/projects/${projectId}/connections/${connectionId}/oauth/start`, { method: "POST" }),
      { params: Promise.resolve({ projectId, connectionId }) },
    );
    const state = new URL(((await started.json()) as { authorizationUrl: string }).authorizationUrl).searchParams.get(
      "state",
    );
    expect(started.headers.get("set-cookie")).toBe(
      `ib_oauth_state=${state}; Path=/api/oauth/callback; Max-Age=600; HttpOnly; SameSite=Lax`,
    );
    const elsewhere = await callback(`${REDIRECT_URI}?code=abc&state=${state}`, "ib_oauth_state=another-state");
    expect(elsewhere.status).toBe(400);
  });

  it("says when the sign-in expired or the user refused", async () => {
    const expiring = (await startConnect(connectionId)).searchParams.get("state")!;
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 11 * 60_000 });
    let expired: Response;
    try {
      expired = await callback(`${REDIRECT_URI}?code=abc&state=${expiring}`);
    } finally {
      vi.useRealTimers();
    }
    expect(expired.status).toBe(303);
    expect(new URL(expired.headers.get("location")!, APP).searchParams.get("oauthError")).toBe(
      "The sign-in took longer than 10 minutes and expired: press Connect again.",
    );

    const refused = (await startConnect(connectionId)).searchParams.get("state")!;
    const denied = await callback(
      `${REDIRECT_URI}?error=access_denied&error_description=User+said+no&state=${refused}`,
    );
    expect(new URL(denied.headers.get("location")!, APP).searchParams.get("oauthError")).toBe(
      "The authorization server did not grant access: access_denied (User said no). Press Connect to try again.",
    );
    expect((await store.getConnection(projectId, connectionId)).oauth?.connected).toBe(true);
  });
});

describe("Connect with short-lived access tokens", () => {
  it("refreshes before the stored token expires (30 s margin) and saves the new tokens", async () => {
    const connectionId = await newConnection("Short", SECRET, "web-short");
    expect((await connect(connectionId)).headers.get("location")).toContain("oauth=connected");
    const connected = await store.resolveConnection(connectionId);
    const refreshes = issued("refresh_token");
    const first = api.calls.length;
    expect((await createHttpClient(connected).send({ method: "GET", url: "/soon" })).status).toBe(200);
    expect(issued("refresh_token") - refreshes).toBe(1);
    expect(api.calls.slice(first).map((call) => call.status)).toEqual([200]);
    expect(lastToken()).not.toBe(connected.auth.values.accessToken);
    expect((await store.resolveConnection(connectionId)).auth.values.accessToken).toBe(lastToken());
  });
});

describe("Connect after the refresh token is revoked", () => {
  it("fails the request asking to reconnect, marks the connection, and a new Connect clears the mark", async () => {
    const connectionId = await newConnection("Revoked", SECRET, "web-short");
    expect((await connect(connectionId)).headers.get("location")).toContain("oauth=connected");
    const connected = await store.resolveConnection(connectionId);
    const { refreshToken } = connected.auth.values;
    await authServer.revoke(refreshToken);
    expect(await authServer.isActive(refreshToken)).toBe(false);

    // The 20 s access token is inside the 30 s renewal margin, so the request refreshes first.
    const failure = createHttpClient(connected).send({ method: "GET", url: "/revoked" });
    await expect(failure).rejects.toThrow(
      new RegExp(`^token request to ${authServer.tokenUrl} failed: 400 invalid_grant.* — reconnect the credential$`),
    );
    const marked = await store.getConnection(projectId, connectionId);
    expect(marked.oauth).toMatchObject({
      connected: true,
      needsReconnect: true,
      reconnectReason: expect.stringMatching(/^400 invalid_grant/),
    });
    expect(JSON.stringify(marked)).not.toContain(refreshToken);

    expect((await connect(connectionId)).headers.get("location")).toContain("oauth=connected");
    const reconnected = await store.getConnection(projectId, connectionId);
    expect(reconnected.oauth).toMatchObject({ connected: true, refreshable: true });
    expect(reconnected.oauth).not.toHaveProperty("needsReconnect");
    expect(reconnected.oauth).not.toHaveProperty("reconnectReason");
    expect(
      (await createHttpClient(await store.resolveConnection(connectionId)).send({ method: "GET", url: "/again" }))
        .status,
    ).toBe(200);
  });
});

describe("Connect with a wrong client secret", () => {
  it("names the token endpoint and says to reconnect, saving no tokens", async () => {
    const connectionId = await newConnection("Wrong secret", "not-the-client-secret");
    const response = await connect(connectionId);
    expect(response.status).toBe(303);
    const target = new URL(response.headers.get("location")!, APP);
    expect(target.pathname).toBe(`/projects/${projectId}/connections`);
    expect(target.searchParams.get("connection")).toBe(connectionId);
    const message = target.searchParams.get("oauthError")!;
    expect(message).toMatch(
      new RegExp(
        `^token request to ${authServer.tokenUrl} failed: 401 invalid_client.* — check the connection's client ID and secret, then reconnect\\.$`,
      ),
    );
    expect(message).not.toContain("not-the-client-secret");
    expect((await store.getConnection(projectId, connectionId)).oauth).toEqual({ connected: false });
  });

  it("refuses to start Connect for a connection of another auth type", async () => {
    const other = await createAuthConfig(projectId, { name: "Bearer", type: "bearer", settings: {} });
    const draft = await store.connectionDraft(projectId, other.id);
    const { id } = await store.createConnection(projectId, {
      ...draft,
      server: { protocol: "http", host: "127.0.0.1" },
      parameters: { token: "bearer-0123" },
    });
    const response = await (startRoute.POST as unknown as Handler)(
      owner.request(`${APP}/api/projects/${projectId}/connections/${id}/oauth/start`, { method: "POST" }),
      {
        params: Promise.resolve({ projectId, connectionId: id }),
      },
    );
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toBe(
      "Connect is for OAuth 2.0 Authorization Code connections; this connection uses bearer.",
    );
  });
});
