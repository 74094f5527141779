// Every JSON route goes through `route()`: requests from another host or another site's page are refused (the same
// rule proxy.ts applies to every path); each state-changing call is recorded in the audit log; AppErrors become their
// status with `{ code, message, errors }`; anything unexpected is logged and answered with a generic 500 that leaks
// nothing.
import { NextResponse } from "next/server";
import { requestFacts, requestRefusal } from "@/lib/app-origin";
import { auditedCall, requestCallFacts } from "@/lib/audit/route-audit";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { decodeUtf8 } from "@/lib/utf8";
import { JSON_BODY_MAX_BYTES, mediaType, readBodyBytes, unsupportedMediaType } from "./body";

type Handler<P> = (request: Request, params: P) => Promise<unknown>;

export function route<P = Record<string, never>>(handler: Handler<P>) {
  return async (request: Request, context: { params: Promise<P> }) => {
    try {
      const refusal = requestRefusal(requestFacts(request));
      if (refusal) throw refusal;
      const params = await context.params;
      const result = await auditedCall(requestCallFacts(request, params ?? {}), null, () => handler(request, params));
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
