import { route } from "@/app/api/_lib/respond";
import { positiveIntegerText } from "@/lib/body";
import { getFlowVersion } from "@/lib/flows/store";

export const GET = route<{ flowId: string; version: string }>(async (_request, { flowId, version }) => ({
  version: await getFlowVersion(flowId, positiveIntegerText(version, "version", "a version number")),
}));
