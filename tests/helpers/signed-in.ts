// A signed-in user for tests that call route handlers: created through lib/accounts and signed in through the real
// better-auth endpoint, so requests carry a real session cookie. Call after useTempDatabase().
import { randomUUID } from "node:crypto";
import type { InstanceRole } from "@/lib/accounts/actor";

export interface SignedIn {
  userId: string;
  email: string;
  password: string;
  /** The Cookie header value of the session. */
  cookie: string;
  /** `new Request(url, init)` with the session cookie added. */
  request: (url: string | URL, init?: RequestInit) => Request;
}

export function withCookie(cookie: string, url: string | URL, init: RequestInit = {}): Request {
  const headers = new Headers(init.headers);
  headers.set("cookie", [headers.get("cookie"), cookie].filter(Boolean).join("; "));
  return new Request(url, { ...init, headers });
}

/** Signs in `email` with `password` through POST /api/auth/sign-in/email; the response as it came. */
export async function signInResponse(email: string, password: string, headers: HeadersInit = {}): Promise<Response> {
  const { handleAuthRequest } = await import("@/lib/accounts/handler");
  return handleAuthRequest(
    new Request("http://127.0.0.1/api/auth/sign-in/email", {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({ email, password }),
    }),
  );
}

export const sessionCookieOf = (response: Response) =>
  response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");

/** A new user with `role`, signed in. */
export async function signIn(role: InstanceRole = "owner"): Promise<SignedIn> {
  const { createUser } = await import("@/lib/accounts/users");
  const { LOCAL_OWNER } = await import("@/lib/accounts/local");
  const email = `${role}-${randomUUID().slice(0, 8)}@example.test`;
  const password = `password-${randomUUID()}`;
  const user = await createUser(LOCAL_OWNER, { email, password, role });
  const response = await signInResponse(email, password);
  if (!response.ok) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  const cookie = sessionCookieOf(response);
  return { userId: user.id, email, password, cookie, request: (url, init) => withCookie(cookie, url, init) };
}
