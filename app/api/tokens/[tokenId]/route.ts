import { route } from "@/app/api/_lib/respond";
import { LOCAL_ACTOR } from "@/lib/accounts/local";
import { revokeApiToken } from "@/lib/api-tokens/store";

/** Revokes one of the caller's tokens at once -> `{ token }`. */
export const DELETE = route<{ tokenId: string }>(async (_request, { tokenId }) => ({
  token: await revokeApiToken(LOCAL_ACTOR, tokenId),
}));
