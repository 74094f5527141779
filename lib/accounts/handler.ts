// better-auth's HTTP endpoints under /api/auth (sign-in, sign-out, session, password change, OIDC), behind the
// app's one request rule (own Host, no state change from another origin). A session idle past its time is ended
// before better-auth (which knows only the absolute lifetime) sees it; sign-in and every check of the current password
// go through the sign-in limits (sign-in.ts); a password change ends the user's other sessions and tokens (password-change.ts); an update-user body
// is checked (user-update.ts). better-auth learns the client address (for its session records) from the one rule of
// lib/net/client-address.ts, in a header of ours that nobody outside can set.
import { requestFacts, requestRefusal } from "../app-origin";
import { AppError } from "../errors";
import { clientAddress } from "../net/client-address";
import { authBody, authPath } from "./auth-request";
import { accountsAuth, CLIENT_ADDRESS_HEADER } from "./auth";
import { changePassword } from "./password-change";
import { sessionActor } from "./session";
import { limitedPasswordCheck, limitedSignIn } from "./sign-in";
import { checkUserUpdate } from "./user-update";

/** The request with the client address in our own header (or without it when unknown), whatever the client sent. */
function withClientAddress(request: Request, address: string | undefined): Request {
  const headers = new Headers(request.headers);
  headers.delete(CLIENT_ADDRESS_HEADER);
  if (address) headers.set(CLIENT_ADDRESS_HEADER, address);
  return new Request(request, { headers });
}

async function handle(received: Request): Promise<Response> {
  const refusal = requestRefusal(requestFacts(received));
  if (refusal) throw refusal;
  const address = clientAddress(received.headers);
  const request = withClientAddress(received, address);
  // sessionActor ends an idle session, so better-auth no longer finds it.
  const actor = await sessionActor(request);
  switch (authPath(request)) {
    case "/sign-in/email":
      return limitedSignIn(request, address);
    case "/change-password":
      return changePassword(request, actor, address);
    case "/verify-password":
      return limitedPasswordCheck(request, actor, address, () => accountsAuth().handler(request));
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
