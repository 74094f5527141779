// OAuth tokens of a connection (authorization code: from Connect, then every refresh), sealed in their own column so
// editing the connection's config never drops them; a non-secret status beside them is what the UI shows.
import "server-only";
import { db } from "../db/client";
import { notFound } from "../errors";
import { registerSecrets } from "../log";
import { openSecrets, sealSecrets } from "../secrets/crypto";
import type { OAuthTokens, ResolvedConnection, TokenStatus } from "./model";

type StoredStatus = Omit<TokenStatus, "connected">;

export function tokenStatusOf(tokenStatus: string | null): TokenStatus {
  return tokenStatus ? { connected: true, ...(JSON.parse(tokenStatus) as StoredStatus) } : { connected: false };
}

/** Saves tokens over the previous ones; `connected` marks a new Connect (else a refresh keeps the Connect time). */
export async function saveConnectionTokens(
  connectionId: string,
  tokens: OAuthTokens,
  options: { connected?: boolean } = {},
): Promise<void> {
  const found = await db().connection.findUnique({ where: { id: connectionId }, select: { tokenStatus: true } });
  if (!found) throw notFound(`Connection ${connectionId}`);
  const previous = found.tokenStatus ? (JSON.parse(found.tokenStatus) as StoredStatus) : undefined;
  const status: StoredStatus = {
    connectedAt: options.connected || !previous?.connectedAt ? new Date().toISOString() : previous.connectedAt,
    ...(tokens.expiresAt ? { expiresAt: new Date(tokens.expiresAt).toISOString() } : {}),
    refreshable: Boolean(tokens.refreshToken),
  };
  const sealed: Record<string, string> = { accessToken: tokens.accessToken };
  if (tokens.refreshToken) sealed.refreshToken = tokens.refreshToken;
  if (tokens.expiresAt) sealed.expiresAt = String(tokens.expiresAt);
  registerSecrets([tokens.accessToken, tokens.refreshToken ?? ""]);
  await db().connection.update({
    where: { id: connectionId },
    data: { tokens: sealSecrets(sealed), tokenStatus: JSON.stringify(status) },
  });
}

/**
 * Marks a connected connection as needing a new Connect. The stored tokens are kept: some refusals are fixed without
 * signing in again (invalid_client after a wrong client secret edit), and then the next successful refresh, like the
 * next Connect, rewrites the status without the mark. Until then each request meets the same refusal and message.
 */
export async function markTokensRejected(connectionId: string, reason: string): Promise<void> {
  const found = await db().connection.findUnique({ where: { id: connectionId }, select: { tokenStatus: true } });
  if (!found?.tokenStatus) return;
  const status: StoredStatus = {
    ...(JSON.parse(found.tokenStatus) as StoredStatus),
    needsReconnect: true,
    reconnectReason: reason,
  };
  await db().connection.update({ where: { id: connectionId }, data: { tokenStatus: JSON.stringify(status) } });
}

/** Adds the stored tokens to a resolved authorization code connection and wires refreshes and refusals back to the store. */
export function attachStoredTokens(
  resolved: ResolvedConnection,
  connectionId: string,
  envelope: string | null,
  owner: string,
): ResolvedConnection {
  const stored = openSecrets(envelope, owner);
  const values = { ...resolved.auth.values };
  const secretValues = [...resolved.secretValues];
  if (stored.accessToken) {
    values.accessToken = stored.accessToken;
    secretValues.push(stored.accessToken);
  }
  if (stored.refreshToken) {
    values.refreshToken = stored.refreshToken;
    secretValues.push(stored.refreshToken);
  }
  if (stored.expiresAt) values.accessTokenExpiresAt = stored.expiresAt;
  return {
    ...resolved,
    auth: { ...resolved.auth, values },
    secretValues,
    onTokens: (tokens) => saveConnectionTokens(connectionId, tokens),
    onTokensRejected: (reason) => markTokensRejected(connectionId, reason),
  };
}
