// Personal API tokens: what a token may do, how long it may live, and how it is shown (never its secret, once made).
import type { Actor } from "../accounts/actor";

/** `read`: GET routes only; `write`: everything the owner's role allows. */
export const TOKEN_SCOPES = ["read", "write"] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

/** Every token expires; a year at most. */
export const MAX_TOKEN_DAYS = 365;
export const MAX_TOKEN_NAME_LENGTH = 100;
/** Live (neither expired nor revoked) tokens a user may hold at once. */
export const MAX_LIVE_TOKENS_PER_USER = 50;

/** The recognisable start of every token (secret scanners and people spot it). */
export const TOKEN_TEXT_PREFIX = "ib_";
/** Characters of the token kept in clear to find and recognise it: "ib_" and 9 random characters. */
export const TOKEN_PREFIX_LENGTH = 12;

export type TokenOwner = Pick<Actor, "userId" | "email">;

export interface ApiTokenView {
  id: string;
  name: string;
  scope: TokenScope;
  prefix: string;
  createdAt: string;
  expiresAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  status: "active" | "expired" | "revoked";
}

/** What creation answers: the token's view and, this one time only, its text. */
export interface CreatedApiToken {
  token: ApiTokenView;
  secret: string;
}

export interface VerifiedApiToken {
  tokenId: string;
  userId: string;
  scope: TokenScope;
  expiresAt: Date;
}

/** Whether a token of `scope` may make a request with `method`. */
export function scopeAllows(scope: TokenScope, method: string): boolean {
  return scope === "write" || method.toUpperCase() === "GET" || method.toUpperCase() === "HEAD";
}
