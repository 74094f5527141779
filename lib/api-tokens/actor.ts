// Who is asking, for every route: the browser session first (lib/accounts), then a personal API token sent as
// `Authorization: Bearer ib_…`. A token acts as its user with that user's current role; a read token only reads.
import "server-only";
import type { Actor } from "../accounts/actor";
import { isInstanceRole } from "../accounts/policy";
import { sessionActor } from "../accounts/session";
import { db } from "../db/client";
import { AppError } from "../errors";
import { scopeAllows } from "./model";
import { verifyApiToken } from "./store";

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/** The actor of a bearer token, undefined without one; a 401 for a token that is unknown, expired or revoked. */
export async function tokenActor(request: Request): Promise<Actor | undefined> {
  const match = BEARER.exec(request.headers.get("authorization") ?? "");
  if (!match) return undefined;
  const verified = await verifyApiToken(match[1]);
  const user = verified && (await db().user.findUnique({ where: { id: verified.userId } }));
  if (!verified || !user || !isInstanceRole(user.role))
    throw new AppError("unauthenticated", "The API token is unknown, expired or revoked: create a new one.");
  if (!scopeAllows(verified.scope, request.method))
    throw new AppError("forbidden", `This API token has the "read" scope: ${request.method} needs a "write" token.`);
  return { userId: user.id, email: user.email, role: user.role, via: "token" };
}

/** The session's actor, else the bearer token's, else undefined. */
export async function requestActor(request: Request): Promise<Actor | undefined> {
  return (await sessionActor(request)) ?? (await tokenActor(request));
}
