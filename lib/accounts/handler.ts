// better-auth's HTTP endpoints under /api/auth (sign-in, sign-out, session, password change, OIDC), behind the
// app's one request rule (own Host, no state change from another origin). A session idle past its time is ended
// before better-auth (which knows only the absolute lifetime) sees it; a password change ends the user's other
// sessions and tokens (password-change.ts); an update-user body is checked (user-update.ts).
import { requestFacts, requestRefusal } from "../app-origin";
import { AppError } from "../errors";
import { authBody, authPath } from "./auth-request";
import { accountsAuth } from "./auth";
import { changePassword } from "./password-change";
import { sessionActor } from "./session";
import { checkUserUpdate } from "./user-update";

async function handle(request: Request): Promise<Response> {
  const refusal = requestRefusal(requestFacts(request));
  if (refusal) throw refusal;
  // sessionActor ends an idle session, so better-auth no longer finds it.
  const actor = await sessionActor(request);
  switch (authPath(request)) {
    case "/change-password":
      return changePassword(request, actor);
    case "/update-user":
      checkUserUpdate(await authBody(request));
      break;
  }
  return accountsAuth().handler(request);
}

export async function handleAuthRequest(request: Request): Promise<Response> {
  try {
    return await handle(request);
  } catch (error) {
    if (error instanceof AppError) return Response.json(error.toJSON(), { status: error.httpStatus });
    throw error;
  }
}
