// A real OAuth 2.0 / OpenID Connect authorization server (oidc-provider) and a resource server that checks every
// token by introspection. The password grant, which oidc-provider does not ship, is registered as a grant type that
// issues ordinary oidc-provider access and refresh tokens. Authorization code clients sign in through oidc-provider's
// development login and consent pages (see ./oauth-browser.ts to drive them headlessly).
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import Provider, { errors } from "oidc-provider";
import { listen, sendJson, startServer, type RunningServer } from "./http-server";

export interface TestClient {
  clientId: string;
  clientSecret: string;
  auth: "client_secret_basic" | "client_secret_post";
  grants: ("client_credentials" | "password" | "refresh_token" | "authorization_code")[];
  /** Access token lifetime in seconds (default 600). */
  accessTokenTtl?: number;
  /** Authorization code clients: where the user may be sent back. */
  redirectUris?: string[];
}

export interface OAuthServer extends RunningServer {
  issuer: string;
  tokenUrl: string;
  discoveryUrl: string;
  /** Successful token responses by grant type. */
  issued: Record<string, number>;
  /** Whether a token is active right now (introspection). */
  isActive(token: string): Promise<boolean>;
  /** Makes a token invalid server-side, as an admin revoking it would. */
  revoke(token: string): Promise<void>;
  /** A refresh token as the authorization code flow would have left it (for the refresh-only runtime). */
  issueRefreshToken(clientId: string, username: string): Promise<string>;
}

const INTROSPECTOR = { clientId: "resource-server", clientSecret: "resource-server-secret-0123456789" };
const SCOPES = ["openid", "offline_access", "api", "read", "write"];

export async function startOAuthServer(options: {
  clients: TestClient[];
  users: Record<string, string>;
  /** Every refresh answers a new refresh token and invalidates the one used (default: oidc-provider's policy). */
  rotateRefreshTokens?: boolean;
}): Promise<OAuthServer> {
  const server = createServer();
  const running = await listen(server);
  const issuer = running.baseUrl;
  const ttlOf = new Map(options.clients.map((client) => [client.clientId, client.accessTokenTtl ?? 600]));
  const ttl = (_ctx: unknown, _token: unknown, client: { clientId: string }) => ttlOf.get(client.clientId) ?? 600;
  const provider = new Provider(issuer, {
    clients: [
      ...options.clients.map((client) => ({
        client_id: client.clientId,
        client_secret: client.clientSecret,
        token_endpoint_auth_method: client.auth,
        grant_types: client.grants,
        response_types: client.grants.includes("authorization_code") ? ["code"] : [],
        redirect_uris: client.redirectUris ?? [],
        scope: SCOPES.join(" "),
      })),
      {
        client_id: INTROSPECTOR.clientId,
        client_secret: INTROSPECTOR.clientSecret,
        token_endpoint_auth_method: "client_secret_basic",
        grant_types: [],
        response_types: [],
        redirect_uris: [],
      },
    ],
    scopes: SCOPES,
    features: {
      clientCredentials: { enabled: true },
      introspection: { enabled: true, allowedPolicy: async () => true },
      devInteractions: { enabled: options.clients.some((client) => client.grants.includes("authorization_code")) },
    },
    ...(options.rotateRefreshTokens ? { rotateRefreshToken: true } : {}),
    ttl: { ClientCredentials: ttl, AccessToken: ttl, RefreshToken: 86_400, Grant: 86_400 },
    findAccount: async (_ctx: unknown, accountId: string) => ({ accountId, claims: async () => ({ sub: accountId }) }),
  });

  const issueUserTokens = async (client: InstanceType<typeof provider.Client>, username: string, scope: string) => {
    const grant = new provider.Grant({ accountId: username, clientId: client.clientId });
    grant.addOIDCScope(`offline_access ${scope}`.trim());
    const grantId = await grant.save();
    const accessToken = new provider.AccessToken({ accountId: username, client, grantId, scope, gty: "password" });
    const refreshToken = new provider.RefreshToken({
      accountId: username,
      client,
      grantId,
      scope: `offline_access ${scope}`.trim(),
      gty: "password",
    });
    return { accessToken, refreshToken };
  };

  provider.registerGrantType(
    "password",
    async (ctx) => {
      const { username, password, scope } = ctx.oidc.params as Record<string, string | undefined>;
      if (!username || options.users[username] === undefined || options.users[username] !== password) {
        throw new errors.InvalidGrant("invalid resource owner credentials");
      }
      const tokens = await issueUserTokens(ctx.oidc.client!, username, scope ?? "");
      const accessToken = await tokens.accessToken.save();
      ctx.body = {
        access_token: accessToken,
        refresh_token: await tokens.refreshToken.save(),
        token_type: "Bearer",
        expires_in: tokens.accessToken.expiration,
        scope: tokens.accessToken.scope,
      };
    },
    ["username", "password", "scope"],
  );

  const issued: Record<string, number> = {};
  provider.on("grant.success", (ctx) => {
    const grant = String(ctx.oidc.params?.grant_type);
    issued[grant] = (issued[grant] ?? 0) + 1;
  });
  const callback = provider.callback();
  server.on("request", (request: IncomingMessage, response: ServerResponse) => callback(request, response));

  const findToken = async (token: string) =>
    (await provider.AccessToken.find(token)) ??
    (await provider.ClientCredentials.find(token)) ??
    (await provider.RefreshToken.find(token));

  return {
    ...running,
    issuer,
    tokenUrl: `${issuer}/token`,
    discoveryUrl: `${issuer}/.well-known/openid-configuration`,
    issued,
    async isActive(token) {
      const response = await fetch(`${issuer}/token/introspection`, {
        method: "POST",
        headers: {
          authorization: `Basic ${Buffer.from(`${INTROSPECTOR.clientId}:${INTROSPECTOR.clientSecret}`).toString("base64")}`,
          "content-type": "application/x-www-form-urlencoded",
        },
        body: new URLSearchParams({ token }),
      });
      return ((await response.json()) as { active?: boolean }).active === true;
    },
    async revoke(token) {
      await (await findToken(token))?.destroy();
    },
    async issueRefreshToken(clientId, username) {
      const client = await provider.Client.find(clientId);
      if (!client) throw new Error(`no client ${clientId}`);
      return (await issueUserTokens(client, username, "api")).refreshToken.save();
    },
  };
}

export interface ProtectedApi extends RunningServer {
  /** Tokens presented, in order, with the status answered. */
  calls: { token: string; status: number }[];
}

/** A resource server: `Authorization: Bearer <token>` must be active at the authorization server, else 401. */
export async function startProtectedApi(authorizationServer: OAuthServer): Promise<ProtectedApi> {
  const calls: { token: string; status: number }[] = [];
  const running = await startServer(async (request, response) => {
    const token = /^Bearer (.+)$/.exec(String(request.headers.authorization ?? ""))?.[1] ?? "";
    const active = token ? await authorizationServer.isActive(token) : false;
    calls.push({ token, status: active ? 200 : 401 });
    if (!active) {
      response.setHeader("www-authenticate", 'Bearer error="invalid_token"');
      return sendJson(response, 401, { error: "invalid_token" });
    }
    sendJson(response, 200, { path: request.url, method: request.method });
  });
  return { ...running, calls };
}
