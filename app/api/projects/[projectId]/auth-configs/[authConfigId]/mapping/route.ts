import { route, jsonBody } from "@/app/api/_lib/respond";
import { saveAuthMapping } from "@/lib/auth/store";

/** Body: `{ mapping: { <connection parameter>: <tenant variable name> } }`. */
export const PUT = route<{ projectId: string; authConfigId: string }>(async (request, { projectId, authConfigId }) => {
  const body = await jsonBody<{ mapping?: unknown }>(request);
  return saveAuthMapping(projectId, authConfigId, body.mapping);
});
