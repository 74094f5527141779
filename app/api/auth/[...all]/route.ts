// Sign-in, sign-out, the current session, password change and OpenID Connect: better-auth's endpoints
// (lib/accounts), each sign-in, sign-out and password change audited (lib/audit). Their bodies are read here first,
// with a cap like every JSON route's (413 past it, read no further), so better-auth never reads an unbounded stream.
import { AUTH_BODY_MAX_BYTES, boundedRequest } from "@/app/api/_lib/body";
import { handleAuditedAuthRequest } from "@/lib/audit/auth-audit";
import { AppError } from "@/lib/errors";

async function handle(request: Request): Promise<Response> {
  try {
    return await handleAuditedAuthRequest(await boundedRequest(request, AUTH_BODY_MAX_BYTES));
  } catch (error) {
    // 413 for a body past the cap; 400 for a malformed IB_TRUSTED_PROXIES (named).
    if (error instanceof AppError) return Response.json(error.toJSON(), { status: error.httpStatus });
    throw error;
  }
}

export const GET = handle;
export const POST = handle;
