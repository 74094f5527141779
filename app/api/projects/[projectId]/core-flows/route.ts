import { jsonBody, route } from "@/app/api/_lib/respond";
import { generateProjectCoreFlows, parseCoreFlowRequest, previewCoreFlows } from "@/lib/generate/service";

type Params = { projectId: string };

/** Status of the three core flows, the ping choice and what generating all of them would do (`?authConfigId=`). */
export const GET = route<Params>(async (request, { projectId }) => {
  const authConfigId = new URL(request.url).searchParams.get("authConfigId") ?? undefined;
  return previewCoreFlows(projectId, parseCoreFlowRequest({ authConfigId }));
});

/** Body: `{ flows, authConfigId?, ping?, decisions? }`; refuses Authping / Custom API Action before httpHelper. */
export const POST = route<Params>(async (request, { projectId }) =>
  generateProjectCoreFlows(projectId, parseCoreFlowRequest(await jsonBody(request))),
);
