import { jsonBody, route } from "@/app/api/_lib/respond";
import { runStoredFlow } from "@/lib/flows/run";

/** Body: `{ inputs, connectionId? }` -> `{ ok, outputs, trace, error?, executionId }`. */
export const POST = route<{ flowId: string }>(async (request, { flowId }, actor, { project }) =>
  runStoredFlow(flowId, await jsonBody(request), { actor, granted: project }),
);
