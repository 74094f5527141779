import { route, jsonBody } from "@/app/api/_lib/respond";
import { authMappingView, createAuthConfig, listAuthConfigs } from "@/lib/auth/store";
import { configValueProblems } from "@/lib/flows/config-value-problems";

/** The configurations (secrets masked), the mapping view (parameters, tenant variables, problems) and config value problems by id. */
export const GET = route<{ projectId: string }>(async (_request, { projectId }) => ({
  configurations: await listAuthConfigs(projectId),
  mapping: await authMappingView(projectId),
  configValueProblems: await configValueProblems(projectId),
}));

export const POST = route<{ projectId: string }>(async (request, { projectId }) =>
  createAuthConfig(projectId, await jsonBody(request)),
);
