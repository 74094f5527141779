// Every check of a password goes through the sign-in limits (sign-in-limit.ts): sign-in with email and password, and
// the current password a signed-in user gives to change it or to confirm it (verify-password). Refused with 429 and
// Retry-After while a limit holds; a correct password clears its source's back-off, and a sign-in marks the browser
// as one that signed in to this email (sign-in-device.ts).
import { AppError } from "../errors";
import { log } from "../log";
import type { Actor } from "./actor";
import { authBody } from "./auth-request";
import { accountsAuth } from "./auth";
import { signInDevice, signInDeviceCookie } from "./sign-in-device";
import { type SignInSource, signInSucceeded, takeSignInAttempt } from "./sign-in-limit";

/** Sends the password check through `send` unless a limit holds for `source` (a 429 with Retry-After then). */
async function underSignInLimits(source: SignInSource, send: () => Promise<Response>): Promise<Response> {
  const refusal = await takeSignInAttempt(source);
  if (refusal) {
    log.warn("accounts.sign_in_limited", { email: source.email, address: source.address, message: refusal.message });
    const error = new AppError("too_many_requests", refusal.message);
    return Response.json(error.toJSON(), {
      status: error.httpStatus,
      headers: { "retry-after": String(refusal.retryAfterSeconds) },
    });
  }
  const response = await send();
  if (response.ok) await signInSucceeded(source);
  return response;
}

function sourceOf(request: Request, email: string, address: string | undefined): SignInSource {
  return { email, address, device: signInDevice(request.headers, email) };
}

export async function limitedSignIn(request: Request, address: string | undefined): Promise<Response> {
  const { email } = await authBody(request);
  // better-auth answers a missing or malformed email itself.
  if (typeof email !== "string") return accountsAuth().handler(request);
  const normalized = email.trim().toLowerCase();
  const response = await underSignInLimits(sourceOf(request, normalized, address), () =>
    accountsAuth().handler(request),
  );
  if (response.ok) response.headers.append("set-cookie", signInDeviceCookie(normalized));
  return response;
}

/** A signed-in user's current password checked by `send` (better-auth answers 401 without a session). */
export function limitedPasswordCheck(
  request: Request,
  actor: Actor | undefined,
  address: string | undefined,
  send: () => Promise<Response>,
): Promise<Response> {
  return actor ? underSignInLimits(sourceOf(request, actor.email, address), send) : send();
}
