import { route } from "@/app/api/_lib/respond";
import { validateStoredProject } from "@/lib/project-validation/stored-view";

/** Every validation rule over the project's ON flows and the project: `{ ok, errors: [{ code, severity, ... }] }`. */
export const POST = route<{ projectId: string }>(async (_request, { projectId }) => validateStoredProject(projectId));
