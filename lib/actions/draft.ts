// Action flows drafted from the plan: one flow per planned contract, named after it, that calls httpHelper,
// maps the contract input to the request and the response to the contract output by field names, and always
// returns executionStatus. Drafts are a start the user corrects on the canvas; contracts not drafted say why.
// How each contract is drafted is its module's (lib/actions/contracts/); what differs between APIs, its style's.
import { type ContractName, findContract } from "../contracts/catalog";
import type { Flow } from "../flow/model";
import type { SpecIndex } from "../spec/types";
import { CONTRACT_ACTIONS } from "./contracts";
import type { Drafted } from "./draft-flow";
import type { ActionPlan, PlannedAction } from "./plan";
import { draftTarget } from "./styles";

export interface DraftResult {
  flows: Flow[];
  skipped: { contract: ContractName; reason: string }[];
}

function draftOne(document: unknown, index: SpecIndex, plan: ActionPlan, action: PlannedAction): Drafted {
  const contract = findContract(action.contract);
  const module = CONTRACT_ACTIONS[action.contract];
  const operation = action.operation;
  const target = operation && draftTarget(contract, action, operation, document, index);
  const unfit = target && module.unfit?.(target);
  if (target && !unfit) return module.draft?.(target) ?? "no draft for this contract yet: build it on the canvas";
  return module.draftWithoutOperation?.(contract, document, index, plan) ?? unfit ?? action.why;
}

/** Drafts the chosen contracts (all planned ones by default) from a plan over `document` (indexed as `index`). */
export function draftActionFlows(
  document: unknown,
  index: SpecIndex,
  plan: ActionPlan,
  contracts?: readonly string[],
): DraftResult {
  const result: DraftResult = { flows: [], skipped: [] };
  for (const action of plan.actions) {
    if (contracts && !contracts.includes(action.contract)) continue;
    const drafted = draftOne(document, index, plan, action);
    if (typeof drafted === "string") result.skipped.push({ contract: action.contract, reason: drafted });
    else if ("helpers" in drafted) {
      result.flows.push(drafted.flow);
      for (const helper of drafted.helpers)
        if (!result.flows.some((flow) => flow.name === helper.name)) result.flows.push(helper);
    } else result.flows.push(drafted);
  }
  return result;
}
