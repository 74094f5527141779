// A password change ends every other way in as the user: the other sessions (whatever the client asks, better-auth's
// `revokeOtherSessions` is always set) and the user's API tokens. The session that changed it goes on. Guessing the
// current password is held by the sign-in limits, as guessing it at sign-in is.
import { accountsChanged } from "./changes";
import "server-only";
import { db } from "../db/client";
import type { Actor } from "./actor";
import { authBody, withAuthBody } from "./auth-request";
import { accountsAuth } from "./auth";
import { limitedPasswordCheck } from "./sign-in";

export async function changePassword(
  request: Request,
  actor: Actor | undefined,
  address: string | undefined,
): Promise<Response> {
  const body = await authBody(request);
  const response = await limitedPasswordCheck(request, actor, address, () =>
    accountsAuth().handler(withAuthBody(request, { ...body, revokeOtherSessions: true })),
  );
  // The tokens are revoked here, not through lib/api-tokens (a layer above): a token is a credential the password
  // change ends, as a session is.
  if (response.ok && actor) {
    await db().apiToken.updateMany({
      where: { userId: actor.userId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    accountsChanged();
  }
  return response;
}
