// "Connect" for OAuth 2.0 Authorization Code connections: the authorization URL (PKCE S256, state kept server-side),
// then the callback's code exchanged at the token URL for tokens saved, sealed, with the connection.
import "server-only";
import { timingSafeEqual } from "node:crypto";
import * as oauth from "oauth4webapi";
import { getConnection, resolveConnection } from "../connections/store";
import type { OAuthTokens, ResolvedConnection } from "../connections/model";
import { saveConnectionTokens } from "../connections/tokens";
import { db } from "../db/client";
import { AppError } from "../errors";
import { redact } from "../http/errors";
import { connectionFetch } from "../http/auth/connection-fetch";
import { clientAuthentication, describeOAuthFailure, scopeText, tokenRequestOptions } from "../http/auth/oauth-common";
import { appPublicUrl } from "../app-origin";
import { log } from "../log";
import { STATE_LIFETIME_MS, savePendingAuthorization, takePendingAuthorization } from "./state";

/** Where the authorization server sends the user back, under the app's public origin. */
export const CALLBACK_PATH = "/api/oauth/callback";

/** Holds the state of the sign-in a browser started, so only that browser can finish it. */
export const OAUTH_STATE_COOKIE = "ib_oauth_state";

/** The redirect URI: under the app's public URL (IB_PUBLIC_URL), never taken from a request's headers. */
export function oauthCallbackUrl(): string {
  return new URL(CALLBACK_PATH, appPublicUrl()).href;
}

/** The cookie that binds a started sign-in to the browser that started it (sent back only to the callback). */
export function stateCookie(state: string | undefined): string {
  const secure = appPublicUrl().protocol === "https:" ? "; Secure" : "";
  const lifetime = state ? Math.floor(STATE_LIFETIME_MS / 1000) : 0;
  return `${OAUTH_STATE_COOKIE}=${state ?? ""}; Path=${CALLBACK_PATH}; Max-Age=${lifetime}; HttpOnly; SameSite=Lax${secure}`;
}

export interface ConnectStart {
  authorizationUrl: string;
  /** The sign-in must come back before this time (ISO). */
  expiresAt: string;
  /** For the browser's state cookie only. */
  state: string;
}

/** How a callback ended; `connection` is absent when the state named no pending sign-in. */
export interface ConnectOutcome {
  ok: boolean;
  /** Why it failed (no secrets): what to show the user. */
  message?: string;
  connection?: { projectId: string; connectionId: string };
}

function authorizationCodeSettings(connection: ResolvedConnection) {
  if (connection.auth.type !== "oauth2AuthorizationCode") {
    throw new AppError(
      "invalid_input",
      `Connect is for OAuth 2.0 Authorization Code connections; this connection uses ${connection.auth.type}.`,
    );
  }
  const { settings, values } = connection.auth;
  const missing = (what: string) => new AppError("invalid_input", `The connection cannot Connect: it has no ${what}.`);
  if (typeof settings.authorizeUrl !== "string" || !settings.authorizeUrl)
    throw missing("authorize URL (auth configuration)");
  if (typeof settings.tokenUrl !== "string" || !settings.tokenUrl) throw missing("token URL (auth configuration)");
  if (!values.clientId) throw missing("client ID");
  return {
    authorizeUrl: settings.authorizeUrl,
    tokenUrl: settings.tokenUrl,
    clientId: values.clientId,
    scope: scopeText(settings.scopes),
  };
}

/** Starts a sign-in: the URL to send the user to, who comes back to `oauthCallbackUrl()`. */
export async function startConnect(projectId: string, connectionId: string): Promise<ConnectStart> {
  const redirectUri = oauthCallbackUrl();
  await getConnection(projectId, connectionId);
  const connection = await resolveConnection(connectionId);
  const { authorizeUrl, clientId, scope } = authorizationCodeSettings(connection);
  const state = oauth.generateRandomState();
  const codeVerifier = connection.auth.settings.pkce === false ? undefined : oauth.generateRandomCodeVerifier();

  const url = new URL(authorizeUrl);
  url.searchParams.set("response_type", "code");
  url.searchParams.set("client_id", clientId);
  url.searchParams.set("redirect_uri", redirectUri);
  url.searchParams.set("state", state);
  if (scope) url.searchParams.set("scope", scope);
  // OpenID Connect grants offline_access (a refresh token) only with explicit consent.
  if (scope.split(" ").includes("offline_access")) url.searchParams.set("prompt", "consent");
  if (codeVerifier) {
    url.searchParams.set("code_challenge", await oauth.calculatePKCECodeChallenge(codeVerifier));
    url.searchParams.set("code_challenge_method", "S256");
  }
  await savePendingAuthorization({ state, connectionId, redirectUri, codeVerifier });
  log.info("oauth.connect_started", { connectionId });
  return { authorizationUrl: url.href, expiresAt: new Date(Date.now() + STATE_LIFETIME_MS).toISOString(), state };
}

/**
 * Handles the authorization server's redirect (`code` and `state`, or `error`) in the browser whose state cookie is
 * `browserState`: exchanges the code and saves the tokens.
 */
export async function finishConnect(
  callback: URLSearchParams,
  browserState: string | undefined,
): Promise<ConnectOutcome> {
  const state = callback.get("state");
  if (!state || !sameText(state, browserState ?? "")) {
    return {
      ok: false,
      message: "This sign-in was not started in this browser, or took too long: press Connect again on the connection.",
    };
  }
  const pending = state ? await takePendingAuthorization(state) : undefined;
  if (!pending) {
    return {
      ok: false,
      message: "This sign-in is unknown or was already used: press Connect again on the connection.",
    };
  }
  const { connectionId } = pending;
  const owner = await db().connection.findUnique({ where: { id: connectionId }, select: { projectId: true } });
  if (!owner) return { ok: false, message: "The connection of this sign-in was deleted." };
  const { projectId } = owner;
  let connection: ResolvedConnection;
  try {
    connection = await resolveConnection(connectionId);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { ok: false, message: error.message, connection: { projectId, connectionId } };
  }
  const fail = (message: string): ConnectOutcome => {
    const safe = redact(message, connection.secretValues);
    log.warn("oauth.connect_failed", { connectionId, reason: safe });
    return { ok: false, message: safe, connection: { projectId, connectionId } };
  };
  if (pending.expiresAt.getTime() < Date.now()) {
    return fail("The sign-in took longer than 10 minutes and expired: press Connect again.");
  }

  let settings: ReturnType<typeof authorizationCodeSettings>;
  try {
    settings = authorizationCodeSettings(connection);
  } catch (error) {
    return fail((error as Error).message);
  }
  // The token URL is the connection's; the issuer is the one the callback names (RFC 9207), so a returned ID token validates.
  const server: oauth.AuthorizationServer = {
    issuer: callback.get("iss") ?? new URL(settings.tokenUrl).origin,
    token_endpoint: settings.tokenUrl,
  };
  const client: oauth.Client = { client_id: settings.clientId };
  let parameters: URLSearchParams;
  try {
    parameters = oauth.validateAuthResponse(server, client, callback, pending.state);
  } catch (error) {
    return fail(
      `The authorization server did not grant access: ${describeOAuthFailure(error)}. Press Connect to try again.`,
    );
  }

  let tokens: OAuthTokens;
  try {
    const options = tokenRequestOptions(connectionFetch(connection), settings.tokenUrl, connection.timeoutMs);
    const clientAuth = clientAuthentication(connection.auth.settings, connection.auth.values.clientSecret);
    const verifier = pending.codeVerifier ?? oauth.nopkce;
    const response = await oauth.authorizationCodeGrantRequest(
      server,
      client,
      clientAuth,
      parameters,
      pending.redirectUri,
      verifier,
      options,
    );
    const result = await oauth.processAuthorizationCodeResponse(server, client, response);
    tokens = {
      accessToken: result.access_token,
      refreshToken: result.refresh_token,
      expiresAt: result.expires_in ? Date.now() + result.expires_in * 1000 : undefined,
    };
  } catch (error) {
    return fail(
      `token request to ${settings.tokenUrl} failed: ${describeOAuthFailure(error)} — check the connection's client ID and secret, then reconnect.`,
    );
  }
  await saveConnectionTokens(connectionId, tokens, { connected: true });
  log.info("oauth.connected", { connectionId, refreshable: Boolean(tokens.refreshToken) });
  return { ok: true, connection: { projectId, connectionId } };
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
