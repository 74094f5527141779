// Export and import of flows in the one export format (export-format.ts), over the flow store.
import { AppError, invalid, type ProblemDetail } from "../errors";
import { type FlowExportFile, flowPointer, readFlowExport, writeFlowExport } from "./export-format";
import { createFlow, getFlow, listFlows, type StoredFlow } from "./store";
import type { FlowSummary } from "./summary";

/** An export file and the stored flows it holds (their ids and versions, which the file leaves out). */
export interface FlowExport {
  flows: FlowSummary[];
  file: FlowExportFile;
}

function exportOf(stored: StoredFlow[]): FlowExport {
  return {
    flows: stored.map(({ flow: _flow, ...summary }) => summary),
    file: writeFlowExport(stored.map((entry) => entry.flow)),
  };
}

/** One flow, as stored now. */
export async function exportFlow(flowId: string): Promise<FlowExport> {
  return exportOf([await getFlow(flowId)]);
}

/** Every flow of a project's folder (subfolders included), by name. */
export async function exportFolder(projectId: string, folder: string): Promise<FlowExport> {
  if (!folder) throw invalid("Name the folder to export", { field: "folder" });
  const inFolder = (await listFlows(projectId)).filter(
    (summary) => summary.folder === folder || summary.folder.startsWith(`${folder}/`),
  );
  return exportOf(await Promise.all(inFolder.map((summary) => getFlow(summary.id))));
}

/**
 * Adds every flow of an export file (or a bare flow) to the project, OFF until switched on. Nothing is added when a
 * flow is invalid or its name is taken in the project.
 */
export async function importFlows(projectId: string, input: unknown): Promise<StoredFlow[]> {
  const flows = readFlowExport(input);
  const taken = new Set((await listFlows(projectId)).map((summary) => summary.name));
  const clashes: ProblemDetail[] = flows.flatMap((flow, index) =>
    taken.has(flow.name)
      ? [
          {
            message: `the project already has a flow named "${flow.name}"`,
            location: { pointer: `${flowPointer(input, index)}/name` },
          },
        ]
      : [],
  );
  if (clashes.length)
    throw new AppError(
      "conflict",
      `${clashes.length} flow name(s) are taken in this project; rename them first`,
      clashes,
    );
  const created: StoredFlow[] = [];
  for (const flow of flows) created.push(await createFlow(projectId, { ...flow, enabled: false }));
  return created;
}
