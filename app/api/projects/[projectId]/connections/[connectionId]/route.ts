import { route, jsonBody } from "@/app/api/_lib/respond";
import { deleteConnection, getConnection, updateConnection } from "@/lib/connections/store";

type Params = { projectId: string; connectionId: string };

export const GET = route<Params>(async (_request, { projectId, connectionId }) =>
  getConnection(projectId, connectionId),
);

export const PUT = route<Params>(async (request, { projectId, connectionId }) =>
  updateConnection(projectId, connectionId, await jsonBody(request)),
);

export const DELETE = route<Params>(async (_request, { projectId, connectionId }) => {
  await deleteConnection(projectId, connectionId);
  return { ok: true };
});
