import { jsonBody, route } from "@/app/api/_lib/respond";
import { planProjectActions } from "@/lib/actions/service";

/** The action plan over the project's current spec: for each contract, the chosen operation or none, and why. */
export const POST = route<{ projectId: string }>(async (request, { projectId }) => {
  await jsonBody(request);
  return planProjectActions(projectId);
});
