import { jsonBody, route } from "@/app/api/_lib/respond";
import { parseCoreFlowRequest, previewCoreFlows } from "@/lib/generate/service";

/** What generating `{ flows, authConfigId?, ping? }` would create, update or leave alone; changes nothing. */
export const POST = route<{ projectId: string }>(async (request, { projectId }) =>
  previewCoreFlows(projectId, parseCoreFlowRequest(await jsonBody(request))),
);
