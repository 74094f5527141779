import { DOCUMENT_BODY_MAX_BYTES } from "@/app/api/_lib/body";
import { jsonBody, route } from "@/app/api/_lib/respond";
import { invalid } from "@/lib/errors";
import type { Flow } from "@/lib/flow/model";
import { getDraft, saveDraft } from "@/lib/flows/store";

type Params = { flowId: string };

export const GET = route<Params>(async (_request, { flowId }) => ({ draft: (await getDraft(flowId)) ?? null }));

/** Body: `{ flow, baseVersion }` — the unsaved edits and the version they started from. */
export const PUT = route<Params>(async (request, { flowId }) => {
  const body = await jsonBody<{ flow?: Flow; baseVersion?: unknown }>(request, DOCUMENT_BODY_MAX_BYTES);
  if (!Number.isInteger(body.baseVersion))
    throw invalid("baseVersion must be the version the draft started from (an integer)", { field: "baseVersion" });
  return { draft: await saveDraft(flowId, body.flow as Flow, body.baseVersion as number) };
});
