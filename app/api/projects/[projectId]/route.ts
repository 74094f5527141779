import { route, jsonBody } from "@/app/api/_lib/respond";
import { deleteProject, getProject, updateProject } from "@/lib/projects/service";

type Params = { projectId: string };

export const GET = route<Params>(async (_request, { projectId }) => ({ project: await getProject(projectId) }));

export const PATCH = route<Params>(async (request, { projectId }) => ({
  project: await updateProject(projectId, await jsonBody(request)),
}));

export const DELETE = route<Params>(async (_request, { projectId }) => {
  await deleteProject(projectId);
  return { ok: true };
});
