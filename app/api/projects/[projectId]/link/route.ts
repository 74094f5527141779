// Link a project to an OIN app (POST {oinAppId}) or unlink it (DELETE).
import { route, jsonBody } from "@/app/api/_lib/respond";
import { linkProject, unlinkProject } from "@/lib/projects/service";

type Params = { projectId: string };

export const POST = route<Params>(async (request, { projectId }) => {
  const body = await jsonBody(request);
  return { project: await linkProject(projectId, body.oinAppId) };
});

export const DELETE = route<Params>(async (_request, { projectId }) => ({ project: await unlinkProject(projectId) }));
