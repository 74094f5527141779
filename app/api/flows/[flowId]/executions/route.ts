import { route } from "@/app/api/_lib/respond";
import { listExecutions } from "@/lib/engine/executions";
import { getFlow } from "@/lib/flows/store";

/** The flow's executions, newest first. */
export const GET = route<{ flowId: string }>(async (_request, { flowId }) => {
  await getFlow(flowId);
  return { executions: await listExecutions(flowId) };
});
