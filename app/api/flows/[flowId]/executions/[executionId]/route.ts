import { route } from "@/app/api/_lib/respond";
import { getFlowExecution } from "@/lib/engine/executions";

/** One execution of the flow with its inputs, outputs and trace (to re-run it with the same inputs). */
export const GET = route<{ flowId: string; executionId: string }>(async (_request, { flowId, executionId }) => ({
  execution: await getFlowExecution(flowId, executionId),
}));
