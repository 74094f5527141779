// Every JSON route goes through `route()`: requests from another host or another site's page are refused (the same
// rule proxy.ts applies to every path); the actor is resolved (session cookie, else a bearer API token) and the
// instance policy and, for a path naming a project, the project policy are asked (401 without a signed-in user, 403
// naming the missing permission or role); each state-changing call, refused or not, is recorded in the audit log;
// AppErrors become their status with `{ code, message, errors }`; anything unexpected is logged and answered with a
// generic 500 that leaks nothing. `openRoute()` is for the few routes anyone may call (health, owner setup while no
// user exists).
import { NextResponse } from "next/server";
import { authorizeProjectRequest } from "@/lib/access/route-actions";
import type { Actor } from "@/lib/accounts/actor";
import { type Permission, permissionForMethod, requirePermission } from "@/lib/accounts/policy";
import { requestActor } from "@/lib/api-tokens/actor";
import { requestFacts, requestRefusal } from "@/lib/app-origin";
import { auditedCall, requestCallFacts } from "@/lib/audit/route-audit";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { decodeUtf8 } from "@/lib/utf8";
import { JSON_BODY_MAX_BYTES, mediaType, readBodyBytes, unsupportedMediaType } from "./body";

type Handler<P> = (request: Request, params: P, actor: Actor) => Promise<unknown>;
type OpenHandler<P> = (request: Request, params: P) => Promise<unknown>;

export interface RouteOptions {
  /** What the caller must be allowed; by default "read" for GET and "build" for anything that changes state. */
  permission?: Permission;
}

export function route<P = Record<string, never>>(handler: Handler<P>, options: RouteOptions = {}) {
  return respond<P>(async (request, params) => {
    const facts = requestCallFacts(request, (params ?? {}) as Record<string, unknown>);
    let caller: Actor | undefined;
    return auditedCall(
      facts,
      () => caller ?? null,
      async () => {
        caller = await requestActor(request);
        const actor = requirePermission(caller, options.permission ?? permissionForMethod(request.method));
        await authorizeProjectRequest(actor, request.method, new URL(request.url).pathname);
        return handler(request, params, actor);
      },
    );
  });
}

/** A route anyone may call, signed in or not; the handler decides what it allows. */
export function openRoute<P = Record<string, never>>(handler: OpenHandler<P>) {
  return respond<P>(handler);
}

function respond<P>(handler: OpenHandler<P>) {
  return async (request: Request, context: { params: Promise<P> }) => {
    try {
      const refusal = requestRefusal(requestFacts(request));
      if (refusal) throw refusal;
      const result = await handler(request, await context.params);
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
