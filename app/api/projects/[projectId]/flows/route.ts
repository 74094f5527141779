import { DOCUMENT_BODY_MAX_BYTES } from "@/app/api/_lib/body";
import { jsonBody, route } from "@/app/api/_lib/respond";
import { createFlow, listFlows } from "@/lib/flows/store";
import type { Flow } from "@/lib/flow/model";

type Params = { projectId: string };

export const GET = route<Params>(async (_request, { projectId }) => ({ flows: await listFlows(projectId) }));

/** Body: a Flow document (validated by the store). */
export const POST = route<Params>(async (request, { projectId }) => ({
  flow: await createFlow(projectId, await jsonBody<Flow>(request, DOCUMENT_BODY_MAX_BYTES)),
}));
