import { jsonBody, route } from "@/app/api/_lib/respond";
import { importFlows } from "@/lib/flows/transfer";

/** Body: a flow export file (or one flow document); every flow is added OFF, or none when one is refused. */
export const POST = route<{ projectId: string }>(async (request, { projectId }) => ({
  flows: await importFlows(projectId, await jsonBody(request)),
}));
