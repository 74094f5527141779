// Sign-in, sign-out, the current session, password change and OpenID Connect: better-auth's endpoints
// (lib/accounts), each sign-in, sign-out and password change audited (lib/audit). Their bodies are read here first,
// with a cap like every JSON route's (413 past it, read no further), so better-auth never reads an unbounded stream.
import { AUTH_BODY_MAX_BYTES, boundedRequest } from "@/app/api/_lib/body";
import { handleAuditedAuthRequest } from "@/lib/audit/auth-audit";
import { AppError } from "@/lib/errors";

async function handle(request: Request): Promise<Response> {
  let bounded: Request;
  try {
    bounded = await boundedRequest(request, AUTH_BODY_MAX_BYTES);
  } catch (error) {
    if (error instanceof AppError) return Response.json(error.toJSON(), { status: error.httpStatus });
    throw error;
  }
  return handleAuditedAuthRequest(bounded);
}

export const GET = handle;
export const POST = handle;
