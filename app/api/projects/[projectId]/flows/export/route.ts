import { jsonDownload } from "@/app/api/_lib/download";
import { route } from "@/app/api/_lib/respond";
import { flowExportFileName } from "@/lib/flows/export-format";
import { exportFolder } from "@/lib/flows/transfer";

/** `?folder=Actions`: the folder's flows in the flow export format, as a file download. */
export const GET = route<{ projectId: string }>(async (request, { projectId }) => {
  const folder = new URL(request.url).searchParams.get("folder") ?? "";
  return jsonDownload((await exportFolder(projectId, folder)).file, flowExportFileName(folder));
});
