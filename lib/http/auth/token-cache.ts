// Credentials fetched at run time (OAuth tokens, dynamic API keys), shared by every client of the same connection.

export interface CachedCredential {
  value: string;
  refreshToken?: string;
  /** Epoch ms; absent when the server did not say. */
  expiresAt?: number;
  lifetimeMs?: number;
}

const MAX_ENTRIES = 1000;
const REFRESH_MARGIN_MS = 30_000;
const credentials = new Map<string, CachedCredential>();
const inFlight = new Map<string, Promise<CachedCredential>>();

export function credentialFrom(value: string, expiresInSeconds?: number, refreshToken?: string): CachedCredential {
  if (!expiresInSeconds || expiresInSeconds <= 0) return { value, refreshToken };
  const lifetimeMs = expiresInSeconds * 1000;
  return { value, refreshToken, lifetimeMs, expiresAt: Date.now() + lifetimeMs };
}

/**
 * Usable until 30 s or 10% of its lifetime (whichever is shorter) before expiry, so it never expires mid-request.
 * A stored token (expiry known, lifetime not) is renewed 30 s before expiry.
 */
export function isFresh(credential: CachedCredential, now = Date.now()): boolean {
  if (credential.expiresAt === undefined) return true;
  const margin =
    credential.lifetimeMs === undefined ? REFRESH_MARGIN_MS : Math.min(REFRESH_MARGIN_MS, credential.lifetimeMs / 10);
  return credential.expiresAt - now > margin;
}

export function cachedCredential(key: string): CachedCredential | undefined {
  return credentials.get(key);
}

/** Fetches a new credential once even when many requests ask at the same time. */
export function renewCredential(
  key: string,
  fetchCredential: (previous: CachedCredential | undefined) => Promise<CachedCredential>,
): Promise<CachedCredential> {
  const pending = inFlight.get(key);
  if (pending) return pending;
  const request = fetchCredential(credentials.get(key))
    .then((credential) => {
      if (credentials.size >= MAX_ENTRIES && !credentials.has(key))
        credentials.delete(credentials.keys().next().value!);
      credentials.set(key, credential);
      return credential;
    })
    .finally(() => inFlight.delete(key));
  inFlight.set(key, request);
  return request;
}

/** Drops the credential when it is still the one that was rejected (another request may have renewed it already). */
export function forgetCredential(key: string, rejectedValue: string): void {
  const current = credentials.get(key);
  if (current?.value === rejectedValue)
    credentials.set(key, { value: "", refreshToken: current.refreshToken, expiresAt: 0, lifetimeMs: 1 });
}

export function seedCredential(key: string, credential: CachedCredential): void {
  if (!credentials.has(key)) credentials.set(key, credential);
}
