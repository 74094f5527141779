// better-auth's HTTP endpoints under /api/auth (sign-in, sign-out, session, password change, OIDC), behind the
// app's one request rule (own Host, no state change from another origin).
import { requestFacts, requestRefusal } from "../app-origin";
import { accountsAuth } from "./auth";

export async function handleAuthRequest(request: Request): Promise<Response> {
  const refusal = requestRefusal(requestFacts(request));
  if (refusal) return Response.json(refusal.toJSON(), { status: refusal.httpStatus });
  return accountsAuth().handler(request);
}
