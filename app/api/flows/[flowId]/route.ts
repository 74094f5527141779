import { DOCUMENT_BODY_MAX_BYTES } from "@/app/api/_lib/body";
import { jsonBody, route } from "@/app/api/_lib/respond";
import { parseFlowSave } from "@/lib/flows/requests";
import { deleteFlow, getFlow, saveFlow } from "@/lib/flows/store";

type Params = { flowId: string };

export const GET = route<Params>(async (_request, { flowId }) => ({ flow: await getFlow(flowId) }));

/** Body: `{ flow, expectedVersion }`; 409 with `currentVersion` when someone saved in between. */
export const PUT = route<Params>(async (request, { flowId }, actor) => {
  const { flow, expectedVersion } = parseFlowSave(await jsonBody(request, DOCUMENT_BODY_MAX_BYTES));
  return { flow: await saveFlow(flowId, flow, expectedVersion, { draftOf: actor.userId }) };
});

export const DELETE = route<Params>(async (_request, { flowId }) => {
  await deleteFlow(flowId);
  return { ok: true };
});
