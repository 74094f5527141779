// Project roles with their holders (GET ?project=ID filters by project).
import { route } from "@/app/api/_lib/respond";
import { listProjectRoles } from "@/lib/access/grants";

export const GET = route(async (request) => ({
  roles: await listProjectRoles(new URL(request.url).searchParams.get("project") || undefined),
}));
