// Request bodies read with a bound: counted as they stream in (Content-Length is only a hint), refused with 413 past
// the route's cap, and with 415 when their media type is not the one the route takes.
import { formatBytes } from "@/lib/bytes";
import { AppError } from "@/lib/errors";

/** The cap of a JSON body, unless the route names its own. */
export const JSON_BODY_MAX_BYTES = 1024 * 1024;
/** better-auth's endpoints (sign-in, password change, sign-out): a few small fields. */
export const AUTH_BODY_MAX_BYTES = 16 * 1024;
/** Flow documents and bundles: a flow of a thousand cards with its canvas layout passes 1 MB. */
export const DOCUMENT_BODY_MAX_BYTES = 10 * 1024 * 1024;

/** The media type without parameters, lower case ("application/json"), or "" when there is none. */
export function mediaType(request: Request): string {
  return (request.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
}

export function unsupportedMediaType(expected: string, request: Request): AppError {
  const got = mediaType(request);
  return new AppError(
    "unsupported_media_type",
    `The request body must be ${expected}${got ? `, not ${got}` : " (no Content-Type was sent)"}.`,
  );
}

function tooLarge(maxBytes: number): AppError {
  return new AppError("too_large", `The request body is larger than ${formatBytes(maxBytes)}, this route's limit.`);
}

/** The body's bytes, stopping (and cancelling the stream) as soon as they pass `maxBytes`. */
export async function readBodyBytes(request: Request, maxBytes: number): Promise<Uint8Array> {
  if (Number(request.headers.get("content-length")) > maxBytes) throw tooLarge(maxBytes);
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** The request with its body already read (at most `maxBytes`, 413 past it), for a handler that reads it unbounded. */
export async function boundedRequest(request: Request, maxBytes: number): Promise<Request> {
  if (!request.body) return request;
  const body = Buffer.from(await readBodyBytes(request, maxBytes));
  return new Request(request.url, { method: request.method, headers: request.headers, body, signal: request.signal });
}
