// Sign-in (with its failures), sign-out and password change go through better-auth's endpoints (lib/accounts); this
// wraps them so each leaves one audit event, with the email tried but never the password.
import type { Actor } from "../accounts/actor";
import { handleAuthRequest } from "../accounts/handler";
import { sessionActor } from "../accounts/session";
import { countSignIn } from "../metrics/registry";
import { clientAddress } from "../net/client-address";
import { recordAudit } from "./record";

const AUDITED: { path: RegExp; action: string }[] = [
  { path: /\/sign-in\/[^/]+$/, action: "session.sign-in" },
  { path: /\/(oauth2\/)?callback\/[^/]+$/, action: "session.sign-in" },
  { path: /\/sign-out$/, action: "session.sign-out" },
  { path: /\/change-password$/, action: "user.password-change" },
];

/** Sign-in bodies are small; anything larger is not read twice. */
const MAX_READ_BYTES = 16 * 1024;

/** The body of a copy of the request, or "" past MAX_READ_BYTES (read as it streams, never whole). */
async function smallBody(request: Request): Promise<string> {
  const reader = request.clone().body?.getReader();
  if (!reader) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let part = await reader.read(); !part.done; part = await reader.read()) {
    size += part.value.byteLength;
    if (size > MAX_READ_BYTES) {
      await reader.cancel();
      return "";
    }
    chunks.push(part.value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

async function emailTried(request: Request): Promise<string> {
  try {
    const body = JSON.parse(await smallBody(request)) as { email?: unknown };
    return typeof body?.email === "string" ? body.email.trim().toLowerCase().slice(0, 254) : "";
  } catch {
    return "";
  }
}

/** Who a successful sign-in signed in: the session its answer sets (email + password and OpenID Connect alike). */
function signedIn(response: Response): Promise<Actor | undefined> {
  const cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");
  return sessionActor(new Headers({ cookie }));
}

/** better-auth's handler, with an audit event for each sign-in, sign-out and password change. */
export async function handleAuditedAuthRequest(request: Request): Promise<Response> {
  const pathname = new URL(request.url).pathname;
  const audited = AUDITED.find((entry) => entry.path.test(pathname));
  if (!audited) return handleAuthRequest(request);
  const before = (await sessionActor(request)) ?? null;
  const address = clientAddress(request.headers);
  const email = await emailTried(request);
  const response = await handleAuthRequest(request);
  const signingIn = audited.action === "session.sign-in";
  const actor = before ?? (signingIn && response.status < 400 ? ((await signedIn(response)) ?? null) : null);
  // A sign-in succeeded when it set a session (an OpenID Connect failure is a redirect too).
  const succeeded = signingIn ? actor !== null : response.status < 400;
  if (signingIn) countSignIn(succeeded);
  await recordAudit({
    actor,
    action: audited.action,
    target: { type: "user", id: actor?.userId ?? "", name: actor?.email ?? email },
    outcome: succeeded ? "success" : "failure",
    details: { status: response.status, ...(email && !actor ? { email } : {}), ...(address ? { address } : {}) },
  });
  return response;
}
