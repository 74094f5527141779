import { jsonBody, route } from "@/app/api/_lib/respond";
import { parseTokenCreate } from "@/lib/api-tokens/requests";
import { createApiToken, listApiTokens } from "@/lib/api-tokens/store";

/** The caller's tokens, without their secrets. */
export const GET = route(async (_request, _params, actor) => ({ tokens: await listApiTokens(actor) }));

/** Body `{ name, scope: "read"|"write", expiresInDays }` -> `{ token, secret }`: the secret is never shown again. */
export const POST = route(async (request, _params, actor) =>
  createApiToken(actor, parseTokenCreate(await jsonBody(request))),
);
