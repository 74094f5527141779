import { jsonBody, route } from "@/app/api/_lib/respond";
import { runTestFlow } from "@/lib/project-actions/test-run";
import { optionalText } from "@/lib/project-actions/request";

/** Body: `{ connectionId? }` -> `{ passed, violations[], run, executionId }`: runs this test flow. */
export const POST = route<{ flowId: string }>(async (request, { flowId }, actor) =>
  runTestFlow(flowId, optionalText(await jsonBody(request), "connectionId"), { actor }),
);
