import { jsonBody, route } from "@/app/api/_lib/respond";
import { createActionFlow } from "@/lib/project-actions/service";

/** Body: `{ contract, name? }` -> `{ flow }`: a new action flow from its contract (+ New Flow > Add event). */
export const POST = route<{ projectId: string }>(async (request, { projectId }) => {
  const body = await jsonBody(request);
  return { flow: await createActionFlow(projectId, body.contract, body.name) };
});
