import { route } from "@/app/api/_lib/respond";
import { invalid } from "@/lib/errors";
import { getFlowVersion } from "@/lib/flows/store";

export const GET = route<{ flowId: string; version: string }>(async (_request, { flowId, version }) => {
  const number = Number(version);
  if (!Number.isInteger(number) || number < 1)
    throw invalid(`Version must be a positive integer (got "${version}")`, { field: "version" });
  return { version: await getFlowVersion(flowId, number) };
});
