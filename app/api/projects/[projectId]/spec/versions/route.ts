import { route } from "@/app/api/_lib/respond";
import { listSpecVersions } from "@/lib/specs-store/store";

export const GET = route<{ projectId: string }>(async (_request, { projectId }) => ({
  versions: await listSpecVersions(projectId),
}));
