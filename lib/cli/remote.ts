// The client of `ib --url`: a command that maps to a JSON route calls it on that instance instead of the local
// database. One client for all of them: undici, one deadline, a bounded answer, the token only
// in the Authorization header of requests to that URL (no redirect followed), errors printed like local ones.
import { request } from "undici";
import { positiveIntegerFromEnv } from "../env";
import { formatBytes } from "../bytes";
import { AppError, type ErrorCode, type ProblemDetail } from "../errors";
import { type RouteKey, routeOf } from "../routes/manifest";
import type { RemoteTarget } from "./remote-target";

/**
 * A command's route: its manifest key (method and pattern, params by name: "GET /api/projects/[projectId]"), the
 * params' values, query and body.
 */
export interface RouteCall {
  route: RouteKey;
  params?: Record<string, string>;
  query?: Record<string, string | undefined>;
  /** Read only when the call goes out (a file's document, for example). */
  body?: () => unknown | Promise<unknown>;
}

/** What the route answered: JSON parsed, anything else (a JSON lines export) as text. */
export type RouteAnswer = { json: unknown; text?: undefined } | { json?: undefined; text: string };

const DEFAULT_TIMEOUT_MS = 300_000;
const DEFAULT_MAX_ANSWER_BYTES = 64 * 1024 * 1024;

/** The request URL of a call: the pattern's params filled in (encoded), under the instance's base path. */
export function routeUrl(base: URL, call: RouteCall): URL {
  const { pattern } = routeOf(call.route);
  const path = pattern.replace(/\[(\w+)\]/g, (_all, name: string) => {
    const value = call.params?.[name];
    if (value === undefined) throw new AppError("internal", `${pattern} needs ${name}`);
    return encodeURIComponent(value);
  });
  const url = new URL(`${base.pathname.replace(/\/+$/, "")}${path}`, base.origin);
  for (const [key, value] of Object.entries(call.query ?? {}))
    if (value !== undefined) url.searchParams.set(key, value);
  return url;
}

async function boundedText(body: AsyncIterable<Buffer>, max: number, url: URL): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += chunk.length;
    if (size > max)
      throw new AppError(
        "too_large",
        `${url.origin} answered more than ${formatBytes(max)}; set IB_REMOTE_MAX_ANSWER_BYTES to allow more.`,
      );
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** The route's own error (`{ code, message, errors }`), or one saying what the server answered. */
function answerError(status: number, text: string, url: URL): AppError {
  try {
    const body = JSON.parse(text) as { code?: unknown; message?: unknown; errors?: unknown };
    if (typeof body.message === "string") {
      const problems = Array.isArray(body.errors) ? (body.errors as ProblemDetail[]) : [];
      const code = (typeof body.code === "string" ? body.code : "internal") as ErrorCode;
      return new AppError(code, body.message, problems);
    }
  } catch {
    // Not a route's JSON error: described by its status below.
  }
  return new AppError("internal", `${url.origin} answered ${status} to ${url.pathname}`);
}

/** Calls the route on the instance; a non-2xx answer becomes the AppError the route described. */
export async function callRoute(target: RemoteTarget, call: RouteCall): Promise<RouteAnswer> {
  const url = routeUrl(target.url, call);
  const timeout = positiveIntegerFromEnv("IB_REMOTE_TIMEOUT_MS", DEFAULT_TIMEOUT_MS);
  const body = call.body ? JSON.stringify(await call.body()) : undefined;
  let response: Awaited<ReturnType<typeof request>>;
  try {
    response = await request(url, {
      method: routeOf(call.route).method,
      headers: {
        authorization: `Bearer ${target.token}`,
        accept: "application/json",
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      body,
      headersTimeout: timeout,
      bodyTimeout: timeout,
    });
  } catch (error) {
    throw new AppError("internal", `Could not reach ${url.origin}: ${(error as Error).message}`);
  }
  const text = await boundedText(
    response.body,
    positiveIntegerFromEnv("IB_REMOTE_MAX_ANSWER_BYTES", DEFAULT_MAX_ANSWER_BYTES),
    url,
  );
  if (response.statusCode >= 300) throw answerError(response.statusCode, text, url);
  const type = String(response.headers["content-type"] ?? "");
  if (!type.startsWith("application/json")) return { text };
  try {
    return { json: JSON.parse(text) };
  } catch {
    throw new AppError("internal", `${url.origin} answered ${url.pathname} with JSON that does not parse`);
  }
}
