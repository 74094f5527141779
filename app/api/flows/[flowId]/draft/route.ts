import { DOCUMENT_BODY_MAX_BYTES } from "@/app/api/_lib/body";
import { jsonBody, route } from "@/app/api/_lib/respond";
import { parseDraftSave } from "@/lib/flows/requests";
import { getDraft, saveDraft } from "@/lib/flows/store";

type Params = { flowId: string };

// Drafts are the caller's own: each user sees and replaces only theirs.
export const GET = route<Params>(async (_request, { flowId }, actor) => ({
  draft: (await getDraft(flowId, actor.userId)) ?? null,
}));

/** Body: `{ flow, baseVersion }` — the unsaved edits and the version they started from; `draft: null` when they
 * equal the saved version (the draft is dropped). */
export const PUT = route<Params>(async (request, { flowId }, actor) => {
  const { flow, baseVersion } = parseDraftSave(await jsonBody(request, DOCUMENT_BODY_MAX_BYTES));
  return { draft: (await saveDraft(flowId, actor.userId, flow, baseVersion)) ?? null };
});
