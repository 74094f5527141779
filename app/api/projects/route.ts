import { route, jsonBody } from "@/app/api/_lib/respond";
import { createProject, listProjects } from "@/lib/projects/service";

export const GET = route(async () => ({ projects: await listProjects() }));

export const POST = route(async (request) => ({ project: await createProject(await jsonBody(request)) }));
