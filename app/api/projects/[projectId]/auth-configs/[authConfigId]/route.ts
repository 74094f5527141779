import { route, jsonBody } from "@/app/api/_lib/respond";
import { deleteAuthConfig, getAuthConfig, updateAuthConfig } from "@/lib/auth/store";

type Params = { projectId: string; authConfigId: string };

export const GET = route<Params>(async (_request, { projectId, authConfigId }) =>
  getAuthConfig(projectId, authConfigId),
);

export const PUT = route<Params>(async (request, { projectId, authConfigId }) =>
  updateAuthConfig(projectId, authConfigId, await jsonBody(request)),
);

export const DELETE = route<Params>(async (_request, { projectId, authConfigId }) => {
  await deleteAuthConfig(projectId, authConfigId);
  return { ok: true };
});
