// Project roles with their holders as the caller may see them (GET ?project=ID filters by project).
import { route } from "@/app/api/_lib/respond";
import { listProjectRoles } from "@/lib/access/grants";

export const GET = route(async (request, _params, actor) => ({
  roles: await listProjectRoles(new URL(request.url).searchParams.get("project") || undefined, { reader: actor }),
}));
