import { route, jsonBody } from "@/app/api/_lib/respond";
import { authMappingView, createAuthConfig, listAuthConfigs } from "@/lib/auth/store";

/** The configurations (secrets masked) plus the mapping view: parameters, tenant variables, problems. */
export const GET = route<{ projectId: string }>(async (_request, { projectId }) => ({
  configurations: await listAuthConfigs(projectId),
  mapping: await authMappingView(projectId),
}));

export const POST = route<{ projectId: string }>(async (request, { projectId }) => createAuthConfig(projectId, await jsonBody(request)));
