import { route, jsonBody } from "@/app/api/_lib/respond";
import { createConnection, listConnections } from "@/lib/connections/store";

export const GET = route<{ projectId: string }>(async (_request, { projectId }) => listConnections(projectId));

export const POST = route<{ projectId: string }>(async (request, { projectId }) =>
  createConnection(projectId, await jsonBody(request)),
);
