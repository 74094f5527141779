import { jsonBody, route } from "@/app/api/_lib/respond";
import { submitIntegration } from "@/lib/submission/submit";

/** Submit integration `{ certified: true }`: passes the gate, then the linked OIN app is "OIN to review". */
export const POST = route<{ projectId: string }>(async (request, { projectId }) =>
  submitIntegration(projectId, await jsonBody(request)),
);
