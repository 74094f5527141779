// Sign-in with email and password under the sign-in limits (sign-in-limit.ts): refused with 429 and Retry-After
// while a limit holds; a successful sign-in clears its source's back-off and marks the browser as one that signed in
// to this email (sign-in-device.ts).
import { AppError } from "../errors";
import { log } from "../log";
import { authBody } from "./auth-request";
import { accountsAuth } from "./auth";
import { signInDevice, signInDeviceCookie } from "./sign-in-device";
import { type SignInRefusal, signInSucceeded, takeSignInAttempt } from "./sign-in-limit";

/** The 429 of a refused attempt, with Retry-After. */
export function tooManyAttempts(refusal: SignInRefusal): Response {
  const error = new AppError("too_many_requests", refusal.message);
  return Response.json(error.toJSON(), {
    status: error.httpStatus,
    headers: { "retry-after": String(refusal.retryAfterSeconds) },
  });
}

export async function limitedSignIn(request: Request, address: string | undefined): Promise<Response> {
  const { email } = await authBody(request);
  // better-auth answers a missing or malformed email itself.
  if (typeof email !== "string") return accountsAuth().handler(request);
  const normalized = email.trim().toLowerCase();
  const source = { email: normalized, address, device: signInDevice(request.headers, normalized) };
  const refusal = await takeSignInAttempt(source);
  if (refusal) {
    log.warn("accounts.sign_in_limited", { email: normalized, address, message: refusal.message });
    return tooManyAttempts(refusal);
  }
  const response = await accountsAuth().handler(request);
  if (response.ok) {
    await signInSucceeded(source);
    response.headers.append("set-cookie", signInDeviceCookie(normalized));
  }
  return response;
}
