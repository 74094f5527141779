import { DOCUMENT_BODY_MAX_BYTES } from "@/app/api/_lib/body";
import { jsonBody, route } from "@/app/api/_lib/respond";
import { parseDraftSave } from "@/lib/flows/requests";
import { getDraft, saveDraft } from "@/lib/flows/store";

type Params = { flowId: string };

export const GET = route<Params>(async (_request, { flowId }) => ({ draft: (await getDraft(flowId)) ?? null }));

/** Body: `{ flow, baseVersion }` — the unsaved edits and the version they started from. */
export const PUT = route<Params>(async (request, { flowId }) => {
  const { flow, baseVersion } = parseDraftSave(await jsonBody(request, DOCUMENT_BODY_MAX_BYTES));
  return { draft: await saveDraft(flowId, flow, baseVersion) };
});
