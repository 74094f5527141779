import { route } from "@/app/api/_lib/respond";
import { cloneConnection } from "@/lib/connections/store";

export const POST = route<{ projectId: string; connectionId: string }>(async (_request, { projectId, connectionId }) =>
  cloneConnection(projectId, connectionId),
);
