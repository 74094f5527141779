// Reading and rewriting the JSON body of a request to better-auth's endpoints. The route has already read the body
// with its cap (app/api/auth/[...all]/route.ts), so a copy is cheap.
import { type Body, bodyObject } from "../body";
import { AppError } from "../errors";

/** The endpoint's path under /api/auth: "/sign-in/email", "/change-password". */
export function authPath(request: Request): string {
  return new URL(request.url).pathname.replace(/^\/api\/auth(?=\/)/, "");
}

/** The body as an object of fields; 400 when it is not a JSON object. */
export async function authBody(request: Request): Promise<Body> {
  let body: unknown;
  try {
    body = JSON.parse(await request.clone().text());
  } catch {
    throw new AppError("invalid_input", "The request body must be JSON.");
  }
  return bodyObject(body);
}

/** The same request carrying `body` instead. */
export function withAuthBody(request: Request, body: Body): Request {
  const headers = new Headers(request.headers);
  headers.delete("content-length");
  return new Request(request.url, { method: request.method, headers, body: JSON.stringify(body) });
}
