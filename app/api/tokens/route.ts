import { jsonBody, route } from "@/app/api/_lib/respond";
import { LOCAL_ACTOR } from "@/lib/accounts/local";
import { parseTokenCreate } from "@/lib/api-tokens/requests";
import { createApiToken, listApiTokens } from "@/lib/api-tokens/store";

// Tokens belong to the caller; before sign-in exists every caller is the instance's local owner.
const owner = LOCAL_ACTOR;

/** The caller's tokens, without their secrets. */
export const GET = route(async () => ({ tokens: await listApiTokens(owner) }));

/** Body `{ name, scope: "read"|"write", expiresInDays }` -> `{ token, secret }`: the secret is never shown again. */
export const POST = route(async (request) => createApiToken(owner, parseTokenCreate(await jsonBody(request))));
