// Action flows generated into a stored project: plan over its current spec, apply the user's choices of
// runner-up operations, draft, and store each flow — created, or replaced only while it is unedited.
import { isContractName } from "../contracts/catalog";
import { invalid } from "../errors";
import type { Flow } from "../flow/model";
import { flowContentHash } from "../flows/hash";
import { createFlow, getFlowByName, saveFlow } from "../flows/store";
import { actionFolder } from "../project-actions/folders";
import { contractsRefused } from "../project-actions/service";
import type { HttpMethod } from "../spec/types";
import { escapePointerSegment } from "../validation/pointer";
import { draftActionFlows } from "./draft";
import { type ActionPlan, type PlannedAction, type PlannedOperation, planActions } from "./plan";
import { projectSpecDocument } from "./service";
import type { ActionGenerationOutcome, ActionGenerationResult } from "./model";

export interface ActionGenerationRequest {
  /** Contracts to draft; absent = every planned one. */
  contracts?: string[];
  /** A contract's chosen operation instead of the planner's pick: one of its candidates. */
  choices?: Record<string, PlannedOperation>;
}

const METHODS = new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);
const choicePointer = (contract: string) => `/choices/${escapePointerSegment(contract)}`;

/** Reads and checks a request body (route or CLI) into an ActionGenerationRequest. */
export function parseActionGenerationRequest(input: unknown): ActionGenerationRequest {
  const body = (input && typeof input === "object" && !Array.isArray(input) ? input : {}) as Record<string, unknown>;
  const request: ActionGenerationRequest = {};
  if (body.contracts !== undefined) {
    if (!Array.isArray(body.contracts) || body.contracts.length === 0)
      throw invalid(`"contracts" must list one or more contract names`, { pointer: "/contracts", field: "contracts" });
    for (const [i, name] of body.contracts.entries())
      if (!isContractName(name))
        throw invalid(`${JSON.stringify(name)} is not an action contract (see ib contracts)`, {
          pointer: `/contracts/${i}`,
          field: "contracts",
        });
    request.contracts = body.contracts as string[];
  }
  if (body.choices !== undefined) {
    const choices = body.choices;
    if (!choices || typeof choices !== "object" || Array.isArray(choices))
      throw invalid(`"choices" must map contract names to {method, path}`, { pointer: "/choices", field: "choices" });
    request.choices = {};
    for (const [contract, choice] of Object.entries(choices as Record<string, unknown>)) {
      const { method, path } = (choice && typeof choice === "object" ? choice : {}) as Record<string, unknown>;
      if (typeof method !== "string" || !METHODS.has(method.toLowerCase()) || typeof path !== "string")
        throw invalid(`The choice for "${contract}" must be {method, path} of an operation`, {
          pointer: choicePointer(contract),
          field: "choices",
        });
      request.choices[contract] = { method: method.toLowerCase() as HttpMethod, path };
    }
  }
  return request;
}

/** The plan with each chosen candidate in place of the planner's pick; a choice must be one of the candidates. */
export function applyChoices(plan: ActionPlan, choices: Record<string, PlannedOperation> = {}): ActionPlan {
  for (const contract of Object.keys(choices))
    if (!plan.actions.some((action) => action.contract === contract))
      throw invalid(`"${contract}" is not an action contract (see ib contracts)`, {
        pointer: choicePointer(contract),
        field: "choices",
      });
  const actions = plan.actions.map((action): PlannedAction => {
    const choice = choices[action.contract];
    if (!choice) return action;
    const same = (operation: PlannedOperation | null) =>
      operation?.method === choice.method && operation.path === choice.path;
    if (same(action.operation)) return action;
    const chosen = action.candidates.find(same);
    if (!chosen) {
      const offered = action.candidates.map((c) => `${c.method.toUpperCase()} ${c.path}`).join(", ") || "none";
      throw invalid(
        `${choice.method.toUpperCase()} ${choice.path} is not a candidate for "${action.contract}" (candidates: ${offered})`,
        { pointer: choicePointer(action.contract), field: "choices" },
      );
    }
    const previous = action.operation
      ? [{ ...action.operation, score: action.confidence, why: `the planner's pick: ${action.why}` }]
      : [];
    return {
      contract: action.contract,
      operation: { method: chosen.method, path: chosen.path },
      confidence: chosen.score,
      why: `chosen by you: ${chosen.why}`,
      candidates: [...previous, ...action.candidates.filter((candidate) => candidate !== chosen)],
    };
  });
  return { ...plan, actions };
}

/** Stores one drafted flow: created, replaced while unedited, or skipped when someone changed it. */
async function storeDraft(projectId: string, flow: Flow): Promise<ActionGenerationOutcome> {
  const contract = flow.event.contract;
  const base = { name: flow.name, ...(contract ? { contract } : {}) };
  const stored = await getFlowByName(projectId, flow.name);
  if (!stored)
    return { ...base, action: "created", flowId: (await createFlow(projectId, flow, { generated: true })).id };
  if (stored.generatedHash === null || stored.edited)
    return {
      ...base,
      action: "skipped",
      flowId: stored.id,
      reason:
        stored.generatedHash === null
          ? "it was not generated (someone created it); it is kept as it is"
          : "it was changed since it was generated; it is kept as it is",
    };
  // ON/OFF is the user's, not the draft's: compare the content only.
  if (flowContentHash({ ...flow, enabled: stored.flow.enabled }) === flowContentHash(stored.flow))
    return { ...base, action: "unchanged", flowId: stored.id };
  const saved = await saveFlow(stored.id, flow, stored.version, { generated: true });
  return { ...base, action: "replaced", flowId: saved.id };
}

/**
 * Plans, applies choices, drafts and stores the requested contracts' action flows (and the helpers they call); a
 * contract the linked OIN app's capabilities do not allow is not drafted, with Add Action's reason.
 */
export async function generateProjectActionFlows(
  projectId: string,
  request: ActionGenerationRequest = {},
): Promise<ActionGenerationResult> {
  const { document, index } = await projectSpecDocument(projectId);
  const plan = applyChoices(planActions(document, index), request.choices);
  const refused = await contractsRefused(projectId);
  const asked = request.contracts ?? plan.actions.map((action) => action.contract);
  const drafts = draftActionFlows(
    document,
    index,
    plan,
    asked.filter((contract) => !refused.has(contract)),
  );
  const flows: ActionGenerationOutcome[] = [];
  for (const flow of drafts.flows) {
    const contract = flow.event.contract;
    flows.push(await storeDraft(projectId, contract ? { ...flow, folder: actionFolder(contract) } : flow));
  }
  const gated = asked.filter((contract) => refused.has(contract));
  return {
    flows,
    notDrafted: [...gated.map((contract) => ({ contract, reason: refused.get(contract)! })), ...drafts.skipped],
    plan,
  };
}
