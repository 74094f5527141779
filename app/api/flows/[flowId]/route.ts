import { DOCUMENT_BODY_MAX_BYTES } from "@/app/api/_lib/body";
import { jsonBody, route } from "@/app/api/_lib/respond";
import { invalid } from "@/lib/errors";
import type { Flow } from "@/lib/flow/model";
import { deleteFlow, getFlow, saveFlow } from "@/lib/flows/store";

type Params = { flowId: string };

export const GET = route<Params>(async (_request, { flowId }) => ({ flow: await getFlow(flowId) }));

/** Body: `{ flow, expectedVersion }`; 409 with `currentVersion` when someone saved in between. */
export const PUT = route<Params>(async (request, { flowId }) => {
  const body = await jsonBody<{ flow?: Flow; expectedVersion?: unknown }>(request, DOCUMENT_BODY_MAX_BYTES);
  if (!Number.isInteger(body.expectedVersion))
    throw invalid("expectedVersion must be the version you edited (an integer)", { field: "expectedVersion" });
  return { flow: await saveFlow(flowId, body.flow as Flow, body.expectedVersion as number) };
});

export const DELETE = route<Params>(async (_request, { flowId }) => {
  await deleteFlow(flowId);
  return { ok: true };
});
