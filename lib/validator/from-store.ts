// The project view of a stored project: its flows, linked OIN app, auth mappings, and the contracts whose
// test flow last passed.
import { authMappingView } from "../auth/store";
import { listExecutions } from "../engine/executions";
import { getFlow, listFlows } from "../flows/store";
import { getOinApp } from "../oin/service";
import { getProject } from "../projects/service";
import type { ProjectView } from "./model";

export async function projectViewOf(projectId: string): Promise<ProjectView> {
  const [project, summaries, mapping] = await Promise.all([
    getProject(projectId),
    listFlows(projectId),
    authMappingView(projectId),
  ]);
  const stored = await Promise.all(summaries.map((summary) => getFlow(summary.id)));
  const passedContracts: string[] = [];
  for (const { id, flow } of stored) {
    if (flow.kind !== "test" || !flow.enabled || !flow.event.contract) continue;
    const [latest] = await listExecutions(id);
    if (latest?.status === "succeeded") passedContracts.push(flow.event.contract);
  }
  const oinApp = project.oinApp ? await getOinApp(project.oinApp.id) : null;
  return {
    flows: stored.map(({ flow }) => flow),
    oinApp: oinApp ? { capabilities: oinApp.capabilities } : null,
    tenantVariables: mapping.tenantVariables,
    authConfigurations: mapping.configurations.map((configuration) => ({
      name: configuration.name,
      parameters: configuration.parameters,
      mapping: configuration.mapping,
      mappingProblems: configuration.problems.map((problem) => ({
        parameter: problem.location?.field ?? "",
        message: problem.message,
      })),
    })),
    passedContracts,
  };
}
