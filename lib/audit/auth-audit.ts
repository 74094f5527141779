// Sign-in (with its failures), sign-out and password change go through better-auth's endpoints (lib/accounts); this
// wraps them so each leaves one audit event, with the email tried but never the password.
import type { Actor } from "../accounts/actor";
import { handleAuthRequest } from "../accounts/handler";
import { isInstanceRole } from "../accounts/policy";
import { sessionActor } from "../accounts/session";
import { db } from "../db/client";
import { recordAudit } from "./record";

const AUDITED: { path: RegExp; action: string }[] = [
  { path: /\/sign-in\/[^/]+$/, action: "session.sign-in" },
  { path: /\/oauth2\/callback\/[^/]+$/, action: "session.sign-in" },
  { path: /\/sign-out$/, action: "session.sign-out" },
  { path: /\/change-password$/, action: "user.password-change" },
];

/** Sign-in bodies are small; anything larger is not read twice. */
const MAX_READ_BYTES = 16 * 1024;

async function emailTried(request: Request): Promise<string> {
  if (Number(request.headers.get("content-length") ?? MAX_READ_BYTES + 1) > MAX_READ_BYTES) return "";
  try {
    const body = JSON.parse(await request.clone().text()) as { email?: unknown };
    return typeof body.email === "string" ? body.email.trim().toLowerCase().slice(0, 254) : "";
  } catch {
    return "";
  }
}

async function userActor(email: string): Promise<Actor | null> {
  if (!email) return null;
  const user = await db().user.findUnique({ where: { email } });
  return user && isInstanceRole(user.role)
    ? { userId: user.id, email: user.email, role: user.role, via: "session" }
    : null;
}

/** better-auth's handler, with an audit event for each sign-in, sign-out and password change. */
export async function handleAuditedAuthRequest(request: Request): Promise<Response> {
  const pathname = new URL(request.url).pathname;
  const audited = AUDITED.find((entry) => entry.path.test(pathname));
  if (!audited) return handleAuthRequest(request);
  const before = (await sessionActor(request)) ?? null;
  const email = await emailTried(request);
  const response = await handleAuthRequest(request);
  const succeeded = response.status < 400;
  const actor = before ?? (succeeded ? await userActor(email) : null);
  await recordAudit({
    actor,
    action: audited.action,
    target: { type: "user", id: actor?.userId ?? "", name: actor?.email ?? email },
    outcome: succeeded ? "success" : "failure",
    details: { status: response.status, ...(email && !actor ? { email } : {}) },
  });
  return response;
}
