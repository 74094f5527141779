// How the browser calls our JSON routes: the response body, or an ApiError carrying the route's problems.
import type { ProblemDetail } from "@/lib/errors";

export class ApiError extends Error {
  constructor(
    message: string,
    readonly problems: ProblemDetail[],
  ) {
    super(message);
  }
}

export async function callApi<T = Record<string, unknown>>(
  url: string,
  init: { method?: string; json?: unknown; body?: BodyInit } = {},
): Promise<T> {
  const response = await fetch(url, {
    method: init.method ?? (init.json !== undefined || init.body !== undefined ? "POST" : "GET"),
    headers: init.json !== undefined ? { "content-type": "application/json" } : undefined,
    body: init.json !== undefined ? JSON.stringify(init.json) : init.body,
  });
  const payload = await response.json().catch(() => ({}));
  // The session ended (idle, past its lifetime, signed out elsewhere): sign in again instead of failing in place.
  if (response.status === 401 && payload.code === "unauthenticated") window.location.assign("/sign-in");
  if (!response.ok) {
    const message = payload.message ?? `The server answered ${response.status}.`;
    throw new ApiError(message, payload.errors ?? [{ message }]);
  }
  return payload as T;
}

/** Turns anything thrown by callApi (or the network) into problems to show. */
export function problemsOf(error: unknown): { message: string; problems: ProblemDetail[] } {
  if (error instanceof ApiError) return { message: error.message, problems: error.problems };
  const message = `Could not reach the server: ${(error as Error).message}`;
  return { message, problems: [{ message }] };
}

/** Problems keyed by their form field (first one wins). */
export function problemsByField(problems: ProblemDetail[]): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const problem of problems) {
    const field = problem.location?.field;
    if (field && !(field in byField)) byField[field] = problem.message;
  }
  return byField;
}
