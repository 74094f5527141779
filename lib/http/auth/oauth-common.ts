// Pieces every OAuth token request shares: the runtime's grants (./oauth2.ts) and Connect's code exchange (lib/oauth).
import * as oauth from "oauth4webapi";
import { isLoopbackHost } from "../../net/address-policy";
import { HttpPreflightError } from "../errors";
import { timeoutSignal } from "../timeout";
import type { ConnectionFetch } from "./types";

/** Scopes as the space-separated `scope` parameter (the setting is a string[] or a space/comma-separated text). */
export function scopeText(scopes: unknown): string {
  if (Array.isArray(scopes)) return scopes.filter(Boolean).join(" ");
  return typeof scopes === "string"
    ? scopes
        .trim()
        .split(/[\s,]+/)
        .filter(Boolean)
        .join(" ")
    : "";
}

/** The `clientAuth` setting applied to the client secret (none: a public client). */
export function clientAuthentication(
  settings: Record<string, unknown>,
  clientSecret: string | undefined,
): oauth.ClientAuth {
  if (!clientSecret) return oauth.None();
  return settings.clientAuth === "client_secret_basic"
    ? oauth.ClientSecretBasic(clientSecret)
    : oauth.ClientSecretPost(clientSecret);
}

/**
 * oauth4webapi request options: the connection's fetch (TLS, proxy), timeout. Client secrets and tokens travel over
 * https; plain http only to this machine (local test servers), whatever a URL or discovery document says.
 */
export function tokenRequestOptions(fetch: ConnectionFetch, url: string, timeoutMs: number) {
  const target = new URL(url);
  const loopback = isLoopbackHost(target.hostname);
  if (target.protocol !== "https:" && !loopback) {
    throw new HttpPreflightError(
      `refusing to send OAuth credentials over plain http to ${target.origin}: only https (or a loopback address) is allowed`,
    );
  }
  return {
    [oauth.customFetch]: fetch as unknown as typeof globalThis.fetch,
    [oauth.allowInsecureRequests]: loopback,
    signal: timeoutSignal(timeoutMs),
  };
}

/** A token endpoint failure in a few words: "401 invalid_client (description)", or the library's reason. */
export function describeOAuthFailure(error: unknown): string {
  if (error instanceof oauth.ResponseBodyError) return oauthError(error.status, error.error, error.error_description);
  if (error instanceof oauth.AuthorizationResponseError)
    return `${error.error}${error.error_description ? ` (${error.error_description})` : ""}`;
  if (error instanceof oauth.WWWAuthenticateChallengeError) {
    const challenge = error.cause.find((item) => item.parameters.error) ?? error.cause[0];
    return oauthError(
      error.status,
      challenge?.parameters.error ?? "unauthorized",
      challenge?.parameters.error_description,
    );
  }
  const cause = (error as { cause?: unknown }).cause;
  if (cause instanceof Object && "status" in cause && typeof cause.status === "number") {
    return `${cause.status} ${(error as Error).message}`;
  }
  if (cause instanceof Error) return `${(error as Error).message}: ${cause.message}`;
  return error instanceof Error ? error.message : String(error);
}

/** Whether the token endpoint itself refused the request (a 4xx answer), as opposed to failing or being unreachable. */
export function refusedByServer(error: unknown): boolean {
  const status =
    error instanceof oauth.ResponseBodyError || error instanceof oauth.WWWAuthenticateChallengeError
      ? error.status
      : (error as { cause?: { status?: unknown } } | undefined)?.cause?.status;
  return typeof status === "number" && status >= 400 && status < 500;
}

function oauthError(status: number, code: string, description?: string): string {
  return `${status} ${code}${description ? ` (${description})` : ""}`;
}
