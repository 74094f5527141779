// Revokes a project role from a user: the same body as a grant.
import { jsonBody, route } from "@/app/api/_lib/respond";
import { revokeProjectRole } from "@/lib/access/grants";

export const POST = route(async (request, _params, actor) => ({
  role: await revokeProjectRole(await jsonBody(request), { actor }),
}));
