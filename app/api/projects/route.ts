import { route, jsonBody } from "@/app/api/_lib/respond";
import { createProjectAs } from "@/lib/access/creator";
import { listProjects } from "@/lib/projects/service";

export const GET = route(async () => ({ projects: await listProjects() }));

export const POST = route(async (request, _params, actor) => ({
  project: await createProjectAs(await jsonBody(request), { actor }),
}));
