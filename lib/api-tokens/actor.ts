// Who is asking, for every route: the browser session first (lib/accounts), then a personal API token sent as
// `Authorization: Bearer ib_…`. A token acts as its user with that user's current role; a read token only reads.
import "server-only";
import { createHash } from "node:crypto";
import { LRUCache } from "lru-cache";
import type { Actor } from "../accounts/actor";
import { accountsGeneration } from "../accounts/changes";
import { isInstanceRole } from "../accounts/policy";
import { sessionActor } from "../accounts/session";
import { db } from "../db/client";
import { AppError } from "../errors";
import { scopeAllows, type TokenScope } from "./model";
import { verifyApiToken } from "./store";

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/**
 * How long a verified token's actor is reused without asking the database. A revocation or role change made on this
 * instance takes effect at once (lib/accounts/changes.ts); one made on another instance within this time.
 */
export const TOKEN_ACTOR_CACHE_MS = 5_000;

interface KnownToken {
  actor: Actor;
  scope: TokenScope;
  generation: number;
}

/** Keyed by the token's SHA-256, never its text; bounded by count and age, aged by the wall clock as expiry is. */
const known = new LRUCache<string, KnownToken>({
  max: 1_000,
  ttl: TOKEN_ACTOR_CACHE_MS,
  perf: { now: () => Date.now() },
  ttlResolution: 0,
});

async function verifiedActor(token: string): Promise<{ actor: Actor; scope: TokenScope } | undefined> {
  const key = createHash("sha256").update(token).digest("base64url");
  const cached = known.get(key);
  if (cached && cached.generation === accountsGeneration()) return cached;
  const generation = accountsGeneration();
  const verified = await verifyApiToken(token);
  const user = verified && (await db().user.findUnique({ where: { id: verified.userId } }));
  if (!verified || !user || !isInstanceRole(user.role)) {
    known.delete(key);
    return undefined;
  }
  const entry = {
    actor: { userId: user.id, email: user.email, role: user.role, via: "token" as const },
    scope: verified.scope,
  };
  // Never past the token's own expiry.
  known.set(
    key,
    { ...entry, generation },
    { ttl: Math.min(TOKEN_ACTOR_CACHE_MS, verified.expiresAt.getTime() - Date.now()) },
  );
  return entry;
}

/** The actor of a bearer token, undefined without one; a 401 for a token that is unknown, expired or revoked. */
export async function tokenActor(request: Request): Promise<Actor | undefined> {
  const match = BEARER.exec(request.headers.get("authorization") ?? "");
  if (!match) return undefined;
  const verified = await verifiedActor(match[1]);
  if (!verified)
    throw new AppError("unauthenticated", "The API token is unknown, expired or revoked: create a new one.");
  if (!scopeAllows(verified.scope, request.method))
    throw new AppError("forbidden", `This API token has the "read" scope: ${request.method} needs a "write" token.`);
  return { ...verified.actor };
}

/** The session's actor, else the bearer token's, else undefined. */
export async function requestActor(request: Request): Promise<Actor | undefined> {
  return (await sessionActor(request)) ?? (await tokenActor(request));
}
