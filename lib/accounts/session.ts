// The signed-in user of a browser session (a personal API token is the other way in: lib/api-tokens/actor.ts). A
// session unused for longer than the idle time is ended here; better-auth ends it at the absolute lifetime.
import "server-only";
import { db } from "../db/client";
import type { Actor } from "./actor";
import { isInstanceRole } from "./policy";
import { accountsAuth } from "./auth";
import { hasSessionCookie } from "./session-cookie";
import { sessionSettings } from "./settings";

/** How often a session's last use is written: often enough for the idle timeout, rarely enough to cost nothing. */
const TOUCH_EVERY_MS = 60_000;

/** The signed-in user of a browser session cookie, or undefined (no cookie, unknown, expired or idle). */
export async function sessionActor(request: Request | Headers): Promise<Actor | undefined> {
  const headers = request instanceof Headers ? request : request.headers;
  if (!hasSessionCookie(headers)) return undefined;
  const found = await accountsAuth().api.getSession({ headers, query: { disableCookieCache: true } });
  if (!found) return undefined;
  const { idleSeconds } = sessionSettings();
  const lastUsed = new Date(found.session.updatedAt).getTime();
  const now = Date.now();
  if (now - lastUsed > idleSeconds * 1000) {
    await db().session.deleteMany({ where: { id: found.session.id } });
    return undefined;
  }
  if (now - lastUsed > TOUCH_EVERY_MS)
    await db().session.updateMany({ where: { id: found.session.id }, data: { updatedAt: new Date(now) } });
  const role = (found.user as { role?: unknown }).role;
  if (!isInstanceRole(role)) return undefined;
  return { userId: found.user.id, email: found.user.email, role, via: "session" };
}
