// The action plan of a project: over its current spec version (the route, the API Spec page and `ib`).
import "server-only";
import { isContractName } from "../contracts/catalog";
import { AppError } from "../errors";
import { parseSpecText } from "../spec/parse";
import { currentSpec, specText } from "../specs-store/store";
import { draftActionFlows } from "./draft";
import { planActions } from "./plan";
import type { ProjectActionPlan } from "./model";

/** The project's current spec: the parsed document, its index and version. */
export async function projectSpecDocument(projectId: string) {
  const spec = await currentSpec(projectId);
  if (!spec)
    throw new AppError("not_found", `Project ${projectId} has no spec yet: upload one on the API Spec tab first.`);
  const { text, fileName } = await specText(projectId, spec.version);
  const parsed = await parseSpecText(text, fileName);
  if (!parsed.ok) throw new AppError("invalid_input", `${fileName} can no longer be parsed`, parsed.errors);
  return { document: parsed.document, index: spec.index, version: spec.version };
}

export async function planProjectActions(projectId: string): Promise<ProjectActionPlan> {
  const { document, index, version } = await projectSpecDocument(projectId);
  const plan = planActions(document, index);
  const unplanned = plan.actions.filter((action) => !action.operation).map((action) => action.contract);
  const drafts = unplanned.length ? draftActionFlows(document, index, plan, unplanned).flows : [];
  const withoutOperation = drafts
    .filter((flow) => isContractName(flow.name) && unplanned.includes(flow.name))
    .map((flow) => ({ contract: flow.name, why: flow.description ?? "drafted from the spec" }));
  return { ...plan, specVersion: version, withoutOperation };
}
