// Grants a project role to a user: { role: "Acme POST" } or { role: "POST", projectId }, and { email }.
import { jsonBody, route } from "@/app/api/_lib/respond";
import { grantProjectRole } from "@/lib/access/grants";

export const POST = route(async (request, _params, actor) => ({
  role: await grantProjectRole(await jsonBody(request), { actor }),
}));
