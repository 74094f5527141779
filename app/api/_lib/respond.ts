// Every JSON route goes through `route()`: requests from another host or another site's page are refused (the same
// rule proxy.ts applies to every path); the route's entry in the manifest (lib/routes/manifest.ts) is found from its
// method, path and params, and exactly what it says is asked: the actor (session cookie, else a bearer API token),
// the instance permission and the policy of the project or OIN app the path names (401 without a signed-in user,
// 403 naming the missing permission or role); a recorded call, refused or not, leaves the entry's audit event;
// AppErrors become their status with `{ code, message, errors }`; anything unexpected is logged and answered with a
// generic 500 that leaks nothing. `openRoute()` is for the entries marked open (health, owner setup).
import { NextResponse } from "next/server";
import type { Actor } from "@/lib/accounts/actor";
import { requestActor } from "@/lib/api-tokens/actor";
import { requestFacts, requestRefusal } from "@/lib/app-origin";
import { auditedCall } from "@/lib/audit/route-audit";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { clientAddress } from "@/lib/net/client-address";
import { authorizeRoute, type RouteAuthorization } from "@/lib/routes/authorize";
import { type RouteEntry, ROUTE_MANIFEST, routeOf } from "@/lib/routes/manifest";
import { refuseNulInParams, routeKeyOf, stringParams } from "@/lib/routes/match";
import { decodeUtf8 } from "@/lib/utf8";
import { JSON_BODY_MAX_BYTES, mediaType, readBodyBytes, unsupportedMediaType } from "./body";

type Handler<P> = (request: Request, params: P, actor: Actor, authorization: RouteAuthorization) => Promise<unknown>;
type OpenHandler<P> = (request: Request, params: P) => Promise<unknown>;

/** The request's manifest entry; a handler the manifest does not describe is a bug, answered as one. */
function entryOf(request: Request, params: Record<string, string>) {
  const key = routeKeyOf(request.method, new URL(request.url).pathname, params);
  if (!key) throw new AppError("internal", `No entry in lib/routes/manifest.ts for ${request.method} ${request.url}`);
  return { key, entry: ROUTE_MANIFEST[key] as RouteEntry };
}

export function route<P = Record<string, never>>(handler: Handler<P>) {
  return respond<P>(async (request, params) => {
    const strings = stringParams(params);
    const { key, entry } = entryOf(request, strings);
    if (entry.open) throw new AppError("internal", `${key} is open: its handler is openRoute()`);
    let caller: Actor | undefined;
    return auditedCall(
      {
        method: request.method,
        pattern: routeOf(key).pattern,
        params: strings,
        audit: entry.audit,
        address: clientAddress(request.headers),
      },
      () => caller ?? null,
      async () => {
        caller = await requestActor(request);
        const authorization = await authorizeRoute(caller, entry, strings);
        return handler(request, params, authorization.actor, authorization);
      },
    );
  });
}

/** A route anyone may call, signed in or not (an entry marked open); the handler decides what it allows. */
export function openRoute<P = Record<string, never>>(handler: OpenHandler<P>) {
  return respond<P>(async (request, params) => {
    const { key, entry } = entryOf(request, stringParams(params));
    if (!entry.open) throw new AppError("internal", `${key} is not open: its handler is route()`);
    return handler(request, params);
  });
}

function respond<P>(handler: OpenHandler<P>) {
  return async (request: Request, context: { params: Promise<P> }) => {
    try {
      const refusal = requestRefusal(requestFacts(request));
      if (refusal) throw refusal;
      const params = await context.params;
      refuseNulInParams(stringParams(params));
      const result = await handler(request, params);
      if (result instanceof Response) return result;
      return NextResponse.json(result ?? { ok: true });
    } catch (error) {
      if (error instanceof AppError) return NextResponse.json(error.toJSON(), { status: error.httpStatus });
      log.error("route.unexpected", { url: new URL(request.url).pathname, message: (error as Error).message });
      return NextResponse.json(
        { code: "internal", message: "Something went wrong on the server; nothing was changed.", errors: [] },
        { status: 500 },
      );
    }
  };
}

/**
 * Reads a JSON object body (Content-Type application/json, UTF-8, at most `maxBytes`), answering 415, 413 or 400
 * with the reason otherwise (every route takes an object).
 */
export async function jsonBody<T = Record<string, unknown>>(
  request: Request,
  maxBytes = JSON_BODY_MAX_BYTES,
): Promise<T> {
  if (mediaType(request) !== "application/json")
    throw unsupportedMediaType("JSON (Content-Type: application/json)", request);
  const text = decodeUtf8(await readBodyBytes(request, maxBytes), "The request body");
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new AppError("invalid_input", "The request body must be JSON.");
  }
  if (body === null || typeof body !== "object" || Array.isArray(body)) {
    throw new AppError("invalid_input", "The request body must be a JSON object.");
  }
  return body as T;
}
