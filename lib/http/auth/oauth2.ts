// OAuth 2.0 and OpenID Connect: tokens from the token endpoint, cached per connection + token URL + client + scopes,
// renewed shortly before they expire and once after a 401.
//
// Settings: `tokenUrl`, `refreshUrl` (blank = token URL), `scopes` (string[] or space-separated), `clientAuth`
// ("client_secret_post" default | "client_secret_basic"); OpenID Connect: `discoveryUrl` (issuer or its
// /.well-known/openid-configuration) instead of `tokenUrl`, and `grant` ("client_credentials" default | "password" |
// "refresh_token"). Values: `clientId`, `clientSecret` (blank = public client); password grant: `username`, `password`;
// optional `accessToken`, `accessTokenExpiresAt` (epoch ms) and `refreshToken` (authorization code: obtained by Connect,
// lib/oauth; the runtime only refreshes). Every token set obtained goes to the connection's `onTokens` before use; a
// refresh of an authorization code connection the token endpoint refuses goes to its `onTokensRejected`.
import * as oauth from "oauth4webapi";
import type { ResolvedConnection } from "../../connections/model";
import { log } from "../../log";
import { HttpPreflightError, redact } from "../errors";
import {
  clientAuthentication,
  describeOAuthFailure,
  refusedByServer,
  scopeText,
  tokenRequestOptions,
} from "./oauth-common";
import {
  cachedCredential,
  credentialFrom,
  forgetCredential,
  isFresh,
  renewCredential,
  seedCredential,
  type CachedCredential,
} from "./token-cache";
import type { AuthApplierFactory, AuthContext } from "./types";

type Grant = "client_credentials" | "password" | "refresh_token";

const GRANT_OF_TYPE: Record<string, Grant> = {
  oauth2ClientCredentials: "client_credentials",
  oauth2Password: "password",
  oauth2AuthorizationCode: "refresh_token",
};

const discoveries = new Map<string, Promise<oauth.AuthorizationServer>>();

export const oauth2Auth: AuthApplierFactory = (context) => {
  const { type, settings, values } = context.connection.auth;
  const grant: Grant = GRANT_OF_TYPE[type] ?? (settings.grant as Grant | undefined) ?? "client_credentials";
  const scope = scopeText(settings.scopes);
  const endpoint = String(settings.tokenUrl ?? settings.discoveryUrl ?? "");
  const cacheKey = ["oauth", context.connectionKey, endpoint, values.clientId ?? "", scope, grant].join("|");
  if (values.accessToken) {
    const expiresAt = Number(values.accessTokenExpiresAt) || undefined;
    seedCredential(cacheKey, { value: values.accessToken, refreshToken: values.refreshToken || undefined, expiresAt });
  }

  const tokens = new TokenRequests(context, grant, scope);
  const obtain = async (previous: CachedCredential | undefined) => {
    const credential = await tokens.obtain(previous);
    await saveTokens(context.connection, credential);
    return credential;
  };
  const currentToken = async (): Promise<string> => {
    const cached = cachedCredential(cacheKey);
    const credential = cached?.value && isFresh(cached) ? cached : await renewCredential(cacheKey, obtain);
    context.obtained?.(credential.value);
    if (credential.refreshToken) context.obtained?.(credential.refreshToken);
    return credential.value;
  };

  return {
    async apply(request) {
      request.headers.authorization = `Bearer ${await currentToken()}`;
    },
    async renew() {
      const rejected = cachedCredential(cacheKey)?.value;
      if (rejected) forgetCredential(cacheKey, rejected);
      await currentToken();
      return true;
    },
  };
};

class TokenRequests {
  private readonly values: Record<string, string>;
  private readonly settings: Record<string, unknown>;

  constructor(
    private readonly context: AuthContext,
    private readonly grant: Grant,
    private readonly scope: string,
  ) {
    this.values = context.connection.auth.values;
    this.settings = context.connection.auth.settings;
  }

  /** Refreshes when a refresh token is at hand, else runs the grant (a refused refresh falls back to the grant). */
  async obtain(previous: CachedCredential | undefined): Promise<CachedCredential> {
    const refreshToken = previous?.refreshToken ?? (this.values.refreshToken || undefined);
    if (this.grant === "refresh_token" || refreshToken) {
      if (!refreshToken) {
        throw new HttpPreflightError("OAuth 2.0: the connection has no refresh token — reconnect the credential");
      }
      try {
        return await this.request("refresh_token", refreshToken);
      } catch (error) {
        if (this.grant === "refresh_token") throw error;
      }
    }
    return this.request(this.grant);
  }

  private async request(grant: Grant, refreshToken?: string): Promise<CachedCredential> {
    const { clientId, clientSecret, username, password } = this.values;
    if (!clientId) throw new HttpPreflightError("OAuth 2.0: the connection has no client ID");
    if (grant === "password" && !username)
      throw new HttpPreflightError("OAuth 2.0 password grant: the connection has no username");
    const server = await this.authorizationServer(grant === "refresh_token");
    const url = server.token_endpoint!;
    const client: oauth.Client = { client_id: clientId };
    const clientAuth = clientAuthentication(this.settings, clientSecret);
    const options = this.options(url);
    const parameters: Record<string, string> = this.scope ? { scope: this.scope } : {};
    try {
      let result: oauth.TokenEndpointResponse;
      if (grant === "client_credentials") {
        const response = await oauth.clientCredentialsGrantRequest(server, client, clientAuth, parameters, options);
        result = await oauth.processClientCredentialsResponse(server, client, response);
      } else if (grant === "password") {
        const passwordParameters = { ...parameters, username, password: password ?? "" };
        const response = await oauth.genericTokenEndpointRequest(
          server,
          client,
          clientAuth,
          "password",
          passwordParameters,
          options,
        );
        result = await oauth.processGenericTokenEndpointResponse(server, client, response);
      } else {
        const response = await oauth.refreshTokenGrantRequest(server, client, clientAuth, refreshToken!, options);
        result = await oauth.processRefreshTokenResponse(server, client, response);
      }
      return credentialFrom(result.access_token, result.expires_in, result.refresh_token ?? refreshToken);
    } catch (error) {
      if (this.grant === "refresh_token" && refusedByServer(error)) {
        await reportRejectedTokens(this.context.connection, describeOAuthFailure(error));
      }
      throw this.failure(url, error);
    }
  }

  private async authorizationServer(refreshing: boolean): Promise<oauth.AuthorizationServer> {
    const discoveryUrl = this.settings.discoveryUrl;
    if (typeof discoveryUrl === "string" && discoveryUrl) return this.discover(discoveryUrl);
    const tokenUrl = String((refreshing && this.settings.refreshUrl) || this.settings.tokenUrl || "");
    if (!tokenUrl) throw new HttpPreflightError("OAuth 2.0: the auth configuration has no token URL");
    return { issuer: new URL(tokenUrl).origin, token_endpoint: tokenUrl };
  }

  /** Fetches the discovery document once per URL; a failed attempt is not cached. */
  private discover(discoveryUrl: string): Promise<oauth.AuthorizationServer> {
    const cached = discoveries.get(discoveryUrl);
    if (cached) return cached;
    const issuer = new URL(discoveryUrl.replace(/\/\.well-known\/openid-configuration\/?$/, ""));
    const discovery = (async () => {
      try {
        const response = await oauth.discoveryRequest(issuer, { algorithm: "oidc", ...this.options(discoveryUrl) });
        const server = await oauth.processDiscoveryResponse(issuer, response);
        if (!server.token_endpoint) throw new Error("the discovery document has no token_endpoint");
        // The client secret goes to the token endpoint: a document may not send it to another origin.
        if (new URL(server.token_endpoint).origin !== issuer.origin) {
          throw new Error(
            `its token_endpoint ${new URL(server.token_endpoint).origin} is not on the issuer's origin ${issuer.origin}`,
          );
        }
        return server;
      } catch (error) {
        discoveries.delete(discoveryUrl);
        throw new HttpPreflightError(
          redact(
            `OpenID Connect discovery at ${discoveryUrl} failed: ${describeOAuthFailure(error)}`,
            this.context.connection.secretValues,
          ),
        );
      }
    })();
    discoveries.set(discoveryUrl, discovery);
    return discovery;
  }

  private options(url: string) {
    return tokenRequestOptions(this.context.fetch, url, this.context.connection.timeoutMs);
  }

  private failure(url: string, error: unknown): HttpPreflightError {
    if (error instanceof HttpPreflightError) return error;
    return new HttpPreflightError(
      redact(
        `token request to ${url} failed: ${describeOAuthFailure(error)} — reconnect the credential`,
        this.context.connection.secretValues,
      ),
    );
  }
}

/** Tells the connection's owner its tokens were refused; like saveTokens, a failed save is only logged. */
async function reportRejectedTokens(connection: ResolvedConnection, reason: string): Promise<void> {
  if (!connection.onTokensRejected) return;
  try {
    await connection.onTokensRejected(redact(reason, connection.secretValues));
  } catch (error) {
    log.warn("oauth.rejection_not_saved", { reason: redact((error as Error).message, connection.secretValues) });
  }
}

/** Hands new tokens to the connection's owner; a failed save is logged, never fails the request that needed them. */
async function saveTokens(connection: ResolvedConnection, credential: CachedCredential): Promise<void> {
  if (!connection.onTokens) return;
  try {
    await connection.onTokens({
      accessToken: credential.value,
      refreshToken: credential.refreshToken,
      expiresAt: credential.expiresAt,
    });
  } catch (error) {
    log.warn("oauth.tokens_not_saved", { reason: redact((error as Error).message, connection.secretValues) });
  }
}
