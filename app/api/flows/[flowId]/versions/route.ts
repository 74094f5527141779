import { route } from "@/app/api/_lib/respond";
import { listFlowVersions } from "@/lib/flows/store";

export const GET = route<{ flowId: string }>(async (_request, { flowId }) => ({
  versions: await listFlowVersions(flowId),
}));
