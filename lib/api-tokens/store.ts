// Personal API tokens in the database. A token is "ib_" + 32 random bytes (base64url); only its SHA-256 is kept: a
// token has 256 bits of entropy, so a fast unsalted hash is the standard choice (no password hash needed), and a
// stolen table yields no usable token.
import { accountsChanged } from "../accounts/changes";
import "server-only";
import { createHash, randomBytes, randomUUID, timingSafeEqual } from "node:crypto";
import type { Actor } from "../accounts/actor";
import { requireSession } from "../accounts/policy";
import { db } from "../db/client";
import { AppError, notFound } from "../errors";
import {
  MAX_LIVE_TOKENS_PER_USER,
  TOKEN_PREFIX_LENGTH,
  TOKEN_TEXT_PREFIX,
  type ApiTokenView,
  type CreatedApiToken,
  type TokenOwner,
  type TokenScope,
  type VerifiedApiToken,
} from "./model";
import type { TokenCreateRequest } from "./requests";

const DAY_MS = 24 * 60 * 60 * 1000;
/** "Last used" is written at most this often per token, so reads do not each cost a write. */
const LAST_USED_RESOLUTION_MS = 60_000;
/** Expired and revoked tokens stay listed this long (and this many at most), then are removed. */
const ENDED_KEPT_MS = 30 * DAY_MS;
const MAX_ENDED_KEPT = 100;
/** The longest token text worth hashing: anything longer is not one of ours. */
const MAX_TOKEN_TEXT_LENGTH = 100;

interface TokenRow {
  id: string;
  name: string;
  scope: string;
  prefix: string;
  createdAt: Date;
  expiresAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest();

function view(row: TokenRow, now = Date.now()): ApiTokenView {
  return {
    id: row.id,
    name: row.name,
    scope: row.scope as TokenScope,
    prefix: row.prefix,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    status: row.revokedAt ? "revoked" : row.expiresAt.getTime() <= now ? "expired" : "active",
  };
}

const VIEW_FIELDS = {
  id: true,
  name: true,
  scope: true,
  prefix: true,
  createdAt: true,
  expiresAt: true,
  lastUsedAt: true,
  revokedAt: true,
} as const;

/** Drops the owner's tokens that ended (expired or revoked) long ago, and the oldest ended beyond MAX_ENDED_KEPT. */
async function pruneEndedTokens(owner: TokenOwner, now: Date): Promise<void> {
  const client = db();
  const ended = { OR: [{ expiresAt: { lte: now } }, { revokedAt: { not: null } }] };
  const longAgo = new Date(now.getTime() - ENDED_KEPT_MS);
  const beyond = await client.apiToken.findMany({
    where: { userId: owner.userId, ...ended },
    orderBy: { createdAt: "desc" },
    skip: MAX_ENDED_KEPT,
    select: { id: true },
  });
  await client.apiToken.deleteMany({
    where: {
      userId: owner.userId,
      OR: [{ expiresAt: { lt: longAgo } }, { revokedAt: { lt: longAgo } }, { id: { in: beyond.map((row) => row.id) } }],
    },
  });
}

/**
 * Makes a token for `owner`; its text is in the answer and nowhere else, ever. A token never makes another (a
 * session or `ib` on the database file does), so no token outlives the one that was revoked or expired.
 */
export async function createApiToken(
  owner: TokenOwner & Partial<Pick<Actor, "via">>,
  request: TokenCreateRequest,
): Promise<CreatedApiToken> {
  requireSession(owner, "Creating an API token");
  const client = db();
  const now = new Date();
  await pruneEndedTokens(owner, now);
  const live = await client.apiToken.count({
    where: { userId: owner.userId, revokedAt: null, expiresAt: { gt: now } },
  });
  if (live >= MAX_LIVE_TOKENS_PER_USER)
    throw new AppError(
      "limit_reached",
      `You already have ${live} active tokens (the most is ${MAX_LIVE_TOKENS_PER_USER}): revoke one first.`,
    );
  const secret = `${TOKEN_TEXT_PREFIX}${randomBytes(32).toString("base64url")}`;
  const row = await client.apiToken.create({
    data: {
      id: randomUUID(),
      userId: owner.userId,
      userEmail: owner.email,
      name: request.name,
      scope: request.scope,
      prefix: secret.slice(0, TOKEN_PREFIX_LENGTH),
      hash: sha256(secret).toString("hex"),
      createdAt: now,
      expiresAt: new Date(now.getTime() + request.expiresInDays * DAY_MS),
    },
    select: VIEW_FIELDS,
  });
  return { token: view(row), secret };
}

/** The owner's tokens, newest first, without their secrets. */
export async function listApiTokens(owner: TokenOwner): Promise<ApiTokenView[]> {
  const rows = await db().apiToken.findMany({
    where: { userId: owner.userId },
    orderBy: { createdAt: "desc" },
    take: MAX_LIVE_TOKENS_PER_USER + MAX_ENDED_KEPT,
    select: VIEW_FIELDS,
  });
  const now = Date.now();
  return rows.map((row) => view(row, now));
}

/** Revokes one of the owner's tokens at once; revoking it again changes nothing. */
export async function revokeApiToken(owner: TokenOwner, tokenId: string): Promise<ApiTokenView> {
  const client = db();
  const row = await client.apiToken.findFirst({ where: { id: tokenId, userId: owner.userId }, select: VIEW_FIELDS });
  if (!row) throw notFound(`Token ${tokenId}`);
  if (row.revokedAt) return view(row);
  const revoked = await client.apiToken.update({
    where: { id: tokenId },
    data: { revokedAt: new Date() },
    select: VIEW_FIELDS,
  });
  accountsChanged();
  return view(revoked);
}

/**
 * The token a request presents, if it is live: found by its clear prefix, its hash compared in constant time; "last
 * used" recorded. Unknown, expired and revoked tokens are all `null`.
 */
export async function verifyApiToken(text: string): Promise<VerifiedApiToken | null> {
  if (!text.startsWith(TOKEN_TEXT_PREFIX) || text.length > MAX_TOKEN_TEXT_LENGTH) return null;
  const client = db();
  const presented = sha256(text);
  const candidates = await client.apiToken.findMany({
    where: { prefix: text.slice(0, TOKEN_PREFIX_LENGTH) },
    select: { id: true, userId: true, scope: true, hash: true, expiresAt: true, revokedAt: true, lastUsedAt: true },
    take: 10,
  });
  const now = new Date();
  const match = candidates.find((row) => timingSafeEqual(Buffer.from(row.hash, "hex"), presented));
  if (!match || match.revokedAt || match.expiresAt <= now) return null;
  if (!match.lastUsedAt || now.getTime() - match.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS)
    await client.apiToken.update({ where: { id: match.id }, data: { lastUsedAt: now } });
  return { tokenId: match.id, userId: match.userId, scope: match.scope as TokenScope, expiresAt: match.expiresAt };
}
