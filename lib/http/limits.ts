// The largest response body any request reads (API calls, token and key requests), counted as it streams in and
// after decompression, so a huge or endless answer ends at the cap instead of filling memory.
import { formatBytes } from "../bytes";
import { positiveIntegerFromEnv } from "../env";

const DEFAULT_MAX_RESPONSE_BYTES = 10 * 1024 * 1024;

/** A response went over the cap; its connection is closed. */
export class HttpLimitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "HttpLimitError";
  }
}

/** `IB_HTTP_MAX_RESPONSE_BYTES`, else 10 MB. */
export function maxResponseBytes(): number {
  return positiveIntegerFromEnv("IB_HTTP_MAX_RESPONSE_BYTES", DEFAULT_MAX_RESPONSE_BYTES);
}

export function responseTooLarge(cap: number): HttpLimitError {
  return new HttpLimitError(`the response is larger than ${formatBytes(cap)} (limit IB_HTTP_MAX_RESPONSE_BYTES)`);
}

/** An undici response body: a stream that can also be read whole. */
interface ResponseBody extends AsyncIterable<Uint8Array> {
  text(): Promise<string>;
  destroy(error?: Error): void;
}

/**
 * Reads a body as UTF-8 text, stopping (and destroying the stream) once it passes `cap` bytes. A declared
 * Content-Length within the cap is read whole: the HTTP parser never delivers more than the length it declared.
 */
export async function readCappedText(
  body: ResponseBody,
  cap: number,
  contentLength?: string | string[],
): Promise<string> {
  const declared = typeof contentLength === "string" && /^\d+$/.test(contentLength) ? Number(contentLength) : undefined;
  if (declared !== undefined && declared <= cap) return body.text();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of body) {
    total += chunk.byteLength;
    if (total > cap) {
      const error = responseTooLarge(cap);
      body.destroy(error);
      throw error;
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** The same response whose body stream fails once it passes `cap` bytes (fetch bodies are already decompressed). */
export function cappedResponse(response: Response, cap: number): Response {
  if (!response.body) return response;
  let total = 0;
  const body = response.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        total += chunk.byteLength;
        if (total > cap) controller.error(responseTooLarge(cap));
        else controller.enqueue(chunk);
      },
    }),
  );
  const capped = new Response(body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
  Object.defineProperty(capped, "url", { value: response.url });
  return capped;
}
