// Sign-in attempts per email address, on top of better-auth's per-address limit: someone spreading guesses for one
// account over many client addresses is still stopped. Kept in memory (one server process), bounded in size.
import { SIGN_IN_LIMIT } from "./settings";

const MAX_TRACKED = 10_000;
const attempts = new Map<string, { windowStart: number; count: number }>();

/** Counts one attempt for `email`; false once the email has used up its attempts in the current window. */
export function takeSignInAttempt(email: string, now = Date.now()): boolean {
  const key = email.trim().toLowerCase();
  const windowMs = SIGN_IN_LIMIT.windowSeconds * 1000;
  const entry = attempts.get(key);
  if (!entry || now - entry.windowStart >= windowMs) {
    if (attempts.size >= MAX_TRACKED) {
      for (const [tracked, value] of attempts) if (now - value.windowStart >= windowMs) attempts.delete(tracked);
      if (attempts.size >= MAX_TRACKED) attempts.delete(attempts.keys().next().value as string);
    }
    attempts.set(key, { windowStart: now, count: 1 });
    return true;
  }
  entry.count += 1;
  return entry.count <= SIGN_IN_LIMIT.perEmail;
}
