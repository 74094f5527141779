// A contract's module: how to recognise the operation that implements it and how to draft its flow
// (after activepieces' createAction({ props, run })).
import type { Contract, ContractName } from "../../../contracts/catalog";
import type { SpecIndex } from "../../../spec/types";
import type { Drafted } from "../../draft-flow";
import type { OperationFacts } from "../../facts";
import type { ActionPlan } from "../../plan";
import type { Scored } from "../../score";
import type { DraftTarget } from "../../styles/model";

export interface ContractAction {
  contract: ContractName;
  /** How well an operation implements the contract, and why; undefined when it cannot. */
  recognise(facts: OperationFacts): Scored | undefined;
  /** The flow drafted on the planned operation; without it the contract is built on the canvas. */
  draft?(target: DraftTarget): Drafted;
  /** Why the planned operation cannot be drafted from (the contract is then drafted as if unplanned). */
  unfit?(target: DraftTarget): string | undefined;
  /** A draft from the rest of the spec when no operation was planned (or the planned one is unfit). */
  draftWithoutOperation?(
    contract: Contract,
    document: unknown,
    index: SpecIndex,
    plan: ActionPlan,
  ): Drafted | undefined;
}

export const defineContractAction = (action: ContractAction): ContractAction => action;
