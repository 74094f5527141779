// The project view of a stored project: exactly the view of its exported bundle (so the route and `ib validate`
// on that bundle agree), plus the contracts whose test flow (an ON test flow naming the contract on its event card)
// passed its latest run, or which a passed case of the newest certification run called.
import { exportProject } from "../bundle/project";
import { passedCertificationContracts } from "../certify/store";
import { listExecutions } from "../engine/executions";
import { listFlows } from "../flows/store";
import type { ProjectView } from "../validator/model";
import { type ValidationReport, validationReport } from "../validator/report";
import { type ValidateOptions, validateProject } from "../validator/validate";
import { projectViewOfBundle } from "./bundle-view";

async function passedContracts(projectId: string, view: ProjectView): Promise<string[]> {
  const ids = new Map((await listFlows(projectId)).map((summary) => [summary.name, summary.id]));
  const passed: string[] = [];
  for (const flow of view.flows) {
    const id = ids.get(flow.name);
    if (flow.kind !== "test" || !flow.enabled || !flow.event.contract || !id) continue;
    const [latest] = await listExecutions(id);
    if (latest?.status === "succeeded") passed.push(flow.event.contract);
  }
  return [...new Set([...passed, ...(await passedCertificationContracts(projectId))])];
}

export async function projectViewOf(projectId: string): Promise<ProjectView> {
  const view = projectViewOfBundle(await exportProject(projectId));
  return { ...view, passedContracts: await passedContracts(projectId, view) };
}

/** Every rule over a stored project's ON flows and the project (POST /api/projects/:id/validate). */
export const validateStoredProject = async (
  projectId: string,
  options: ValidateOptions = {},
): Promise<ValidationReport> => validationReport(validateProject(await projectViewOf(projectId), options));
