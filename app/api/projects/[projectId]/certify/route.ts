import { jsonBody, route } from "@/app/api/_lib/respond";
import { certifyProject, listCertifications } from "@/lib/certify/store";

/** The kept certification reports, newest first. */
export const GET = route<{ projectId: string }>(async (_request, { projectId }) => listCertifications(projectId));

/** Runs the certification over the project's ON action flows through `{ connectionId }` and keeps the report. */
export const POST = route<{ projectId: string }>(async (request, { projectId }, actor) =>
  certifyProject(projectId, await jsonBody(request), { actor }),
);
