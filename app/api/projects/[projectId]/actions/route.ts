import { jsonBody, route } from "@/app/api/_lib/respond";
import { addAction, listActions, projectActionChoices } from "@/lib/project-actions/service";

/** The project's actions (with their flows and test flows) and what Add Action offers it. */
export const GET = route<{ projectId: string }>(async (_request, { projectId }) => ({
  actions: await listActions(projectId),
  choices: await projectActionChoices(projectId),
}));

/** Body: `{ contract }` -> `{ action }` (Add Action). */
export const POST = route<{ projectId: string }>(async (request, { projectId }) => {
  const body = await jsonBody(request);
  return { action: await addAction(projectId, body.contract) };
});
