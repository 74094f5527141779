// Link a project to an OIN app (POST {oinAppId}: change rights on both) or unlink it (DELETE).
import { route, jsonBody } from "@/app/api/_lib/respond";
import { linkProjectAs } from "@/lib/access/oin-app-access";
import { unlinkProject } from "@/lib/projects/service";

type Params = { projectId: string };

export const POST = route<Params>(async (request, { projectId }, actor) => {
  const body = await jsonBody(request);
  return { project: await linkProjectAs(projectId, body.oinAppId, { actor }) };
});

export const DELETE = route<Params>(async (_request, { projectId }) => ({ project: await unlinkProject(projectId) }));
