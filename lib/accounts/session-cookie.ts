// The session cookie's name and the cheap presence check proxy.ts makes on every page (no database, no crypto).
import { getSessionCookie } from "better-auth/cookies";

/** Session cookie name prefix (the cookie is `ib.session_token`, `__Secure-ib.session_token` behind https). */
export const COOKIE_PREFIX = "ib";

export function hasSessionCookie(request: Request | Headers): boolean {
  return Boolean(getSessionCookie(request, { cookiePrefix: COOKIE_PREFIX }));
}
