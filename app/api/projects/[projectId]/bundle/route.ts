import { DOCUMENT_BODY_MAX_BYTES } from "@/app/api/_lib/body";
import { jsonBody, route } from "@/app/api/_lib/respond";
import { exportProject, importBundle } from "@/lib/bundle/project";

/** The project as a bundle (docs/bundle-format.md): auth configurations without secrets, tenant variables, flows. */
export const GET = route<{ projectId: string }>(async (_request, { projectId }) => exportProject(projectId));

/** Imports a bundle's auth configurations and flows into this project. */
export const POST = route<{ projectId: string }>(async (request, { projectId }) =>
  importBundle(projectId, await jsonBody(request, DOCUMENT_BODY_MAX_BYTES)),
);
