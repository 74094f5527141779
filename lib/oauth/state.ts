// Pending Connect sign-ins, kept server-side by their `state` until the callback uses them (once) or they expire.
import "server-only";
import { db } from "../db/client";
import { openSecrets, sealSecrets } from "../secrets/crypto";

export const STATE_LIFETIME_MS = 10 * 60_000;
/** Expired rows are kept this long so a late callback hears "expired" rather than "unknown". */
const EXPIRED_KEPT_MS = 24 * 60 * 60_000;

export interface PendingAuthorization {
  state: string;
  connectionId: string;
  redirectUri: string;
  /** Absent when the auth configuration turned PKCE off. */
  codeVerifier?: string;
  expiresAt: Date;
}

export async function savePendingAuthorization(pending: Omit<PendingAuthorization, "expiresAt">): Promise<void> {
  const now = Date.now();
  await db().oAuthState.deleteMany({ where: { expiresAt: { lt: new Date(now - EXPIRED_KEPT_MS) } } });
  await db().oAuthState.create({
    data: {
      state: pending.state,
      connectionId: pending.connectionId,
      redirectUri: pending.redirectUri,
      secrets: sealSecrets(pending.codeVerifier ? { codeVerifier: pending.codeVerifier } : {}),
      expiresAt: new Date(now + STATE_LIFETIME_MS),
    },
  });
}

/** Removes and returns the pending sign-in of `state` (a state works once), or undefined when there is none. */
export async function takePendingAuthorization(state: string): Promise<PendingAuthorization | undefined> {
  const found = await db().oAuthState.findUnique({ where: { state } });
  if (!found) return undefined;
  const { count } = await db().oAuthState.deleteMany({ where: { state } });
  if (count === 0) return undefined; // another callback with the same state took it first
  const { codeVerifier } = openSecrets(found.secrets, "a pending OAuth sign-in");
  return {
    state,
    connectionId: found.connectionId,
    redirectUri: found.redirectUri,
    codeVerifier,
    expiresAt: found.expiresAt,
  };
}
