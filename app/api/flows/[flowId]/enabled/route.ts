import { jsonBody, route } from "@/app/api/_lib/respond";
import { parseEnabledChange } from "@/lib/flows/requests";
import { setFlowEnabled } from "@/lib/flows/store";

/** Body: `{ enabled }` — switches the flow ON or OFF at once; not a new version, never a conflict for an editor. */
export const POST = route<{ flowId: string }>(async (request, { flowId }) => ({
  flow: await setFlowEnabled(flowId, parseEnabledChange(await jsonBody(request)).enabled),
}));
