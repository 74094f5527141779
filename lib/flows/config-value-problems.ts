// Which stored config values name a helper flow the project does not have (yet): saving them is allowed, running
// is not. Lives above both stores it reads (auth configurations and flows).
import { listAuthConfigs } from "../auth/store";
import type { ProblemDetail } from "../errors";
import { helperFlowProblems } from "./config-values";
import { listFlows } from "./store";

/** Per configuration id, its config values whose helper flow does not exist. */
export async function configValueProblems(projectId: string): Promise<Record<string, ProblemDetail[]>> {
  const [configs, flows] = await Promise.all([listAuthConfigs(projectId), listFlows(projectId)]);
  const flowNames = new Set(flows.map((flow) => flow.name));
  const problems: Record<string, ProblemDetail[]> = {};
  for (const config of configs) {
    const found = helperFlowProblems(config, flowNames);
    if (found.length) problems[config.id as string] = found;
  }
  return problems;
}
