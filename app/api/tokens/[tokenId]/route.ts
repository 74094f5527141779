import { route } from "@/app/api/_lib/respond";
import { revokeApiToken } from "@/lib/api-tokens/store";

/** Revokes one of the caller's tokens at once -> `{ token }`. */
export const DELETE = route<{ tokenId: string }>(async (_request, { tokenId }, actor) => ({
  token: await revokeApiToken(actor, tokenId),
}));
