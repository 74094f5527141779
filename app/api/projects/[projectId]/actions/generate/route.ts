import { jsonBody, route } from "@/app/api/_lib/respond";
import { generateProjectActionFlows, parseActionGenerationRequest } from "@/lib/actions/generate-project";

/** Body: `{ contracts?, choices? }` -> the flows created, replaced, unchanged or skipped, and contracts not drafted. */
export const POST = route<{ projectId: string }>(async (request, { projectId }) =>
  generateProjectActionFlows(projectId, parseActionGenerationRequest(await jsonBody(request))),
);
