import { DOCUMENT_BODY_MAX_BYTES } from "@/app/api/_lib/body";
import { jsonBody, route } from "@/app/api/_lib/respond";
import { parseFlow } from "@/lib/flow/schema";
import { createFlow, listFlows } from "@/lib/flows/store";

type Params = { projectId: string };

export const GET = route<Params>(async (_request, { projectId }) => ({ flows: await listFlows(projectId) }));

/** Body: a Flow document. */
export const POST = route<Params>(async (request, { projectId }) => ({
  flow: await createFlow(projectId, parseFlow(await jsonBody(request, DOCUMENT_BODY_MAX_BYTES))),
}));
