import { jsonBody, route } from "@/app/api/_lib/respond";
import { createTestFlow } from "@/lib/project-actions/service";

/** Body: `{ inputs? }` -> `{ flow }`: a new test flow of this action flow (samples from the contract unless given). */
export const POST = route<{ flowId: string }>(async (request, { flowId }) => {
  const body = await jsonBody(request);
  return { flow: await createTestFlow(flowId, body.inputs) };
});
