import { route } from "@/app/api/_lib/respond";
import { notFound } from "@/lib/errors";
import { getExecution } from "@/lib/engine/executions";

/** One execution of the flow with its inputs, outputs and trace (to re-run it with the same inputs). */
export const GET = route<{ flowId: string; executionId: string }>(async (_request, { flowId, executionId }) => {
  const execution = await getExecution(executionId);
  if (execution.flowId !== flowId) throw notFound(`Execution "${executionId}" of flow "${flowId}"`);
  return { execution };
});
