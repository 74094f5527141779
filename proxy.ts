// Runs before every page and route: a request for another host name (DNS rebinding) or a state-changing request
// from another site's page is refused, by the one rule in lib/app-origin.ts. A page asked for without a session
// cookie goes to sign-in (the cheap check; the page itself checks the session); routes answer 401 themselves.
import { type NextRequest, NextResponse } from "next/server";
import { hasSessionCookie } from "@/lib/accounts/session-cookie";
import { requestFacts, requestRefusal } from "@/lib/app-origin";

/** Paths anyone may open: sign-in and owner setup, the JSON routes (route() decides), Next's own files. */
const OPEN_PATHS = /^\/(sign-in|setup|api|_next)(\/|$)|^\/(favicon\.ico|icon\.svg)$/;

export function proxy(request: NextRequest) {
  const refusal = requestRefusal(requestFacts(request));
  if (refusal) return NextResponse.json(refusal.toJSON(), { status: refusal.httpStatus });
  if (!OPEN_PATHS.test(request.nextUrl.pathname) && !hasSessionCookie(request))
    return NextResponse.redirect(new URL("/sign-in", request.nextUrl));
  return NextResponse.next();
}
