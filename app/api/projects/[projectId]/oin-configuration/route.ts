// Configure your integration of the project's OIN app: the operations with their candidate flows and the saved
// configuration, password masked (GET); the whole configuration saved, the app back to Draft (PUT).
import { jsonBody, route } from "@/app/api/_lib/respond";
import { configureIntegration, integrationConfiguration } from "@/lib/submission/configuration";

type Params = { projectId: string };

export const GET = route<Params>(async (_request, { projectId }) => integrationConfiguration(projectId));

export const PUT = route<Params>(async (request, { projectId }) =>
  configureIntegration(projectId, await jsonBody(request)),
);
