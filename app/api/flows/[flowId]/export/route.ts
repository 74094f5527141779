import { jsonDownload } from "@/app/api/_lib/download";
import { route } from "@/app/api/_lib/respond";
import { flowExportFileName } from "@/lib/flows/export-format";
import { exportFlow } from "@/lib/flows/transfer";

/** The flow as stored, in the flow export format, as a file download. */
export const GET = route<{ flowId: string }>(async (_request, { flowId }) => {
  const { flows, file } = await exportFlow(flowId);
  return jsonDownload(file, flowExportFileName(flows[0].name));
});
