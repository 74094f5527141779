// The project's journey checklist: each step's state, why, and where it is done.
import { route } from "@/app/api/_lib/respond";
import { projectJourney } from "@/lib/journey/service";

export const GET = route<{ projectId: string }>(async (_request, { projectId }) => projectJourney(projectId));
