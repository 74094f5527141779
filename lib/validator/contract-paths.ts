// How an action flow ends: the Return cards that can run, and whether some run can reach the end of the flow
// (or a Continue If that stops it) without any Return — a run that gives back no outputs at all.
import type { CardCatalog } from "../cards/types";
import type { Card, Flow } from "../flow/model";
import type { ContractInfo, ValidationContext } from "./model";
import { placedCards, type PlacedCard } from "./walk";

const RETURN_TYPES = new Set(["flow.return", "flow.returnOutputs"]);
const STOPS_SEQUENCE = "branch.continueIf";

/** Whether every run of the sequence ends the flow (a Return, Return Error...) before the sequence's end. */
function alwaysEnds(cards: readonly Card[], catalog: CardCatalog): boolean {
  for (const card of cards) {
    if (card.disabled) continue;
    if (card.type === STOPS_SEQUENCE) return false;
    if (Object.hasOwn(catalog, card.type) && catalog[card.type].terminates) return true;
    const blocks = card.blocks ?? [];
    if (blocks.length && blocks.every((block) => alwaysEnds(block.cards, catalog))) return true;
  }
  return false;
}

export interface FlowEndings {
  /** Return / Return Outputs cards that can run. */
  returns: PlacedCard[];
  /** Some run ends without a Return. */
  fallsThrough: boolean;
}

export function flowEndings(flow: Flow, catalog: CardCatalog): FlowEndings {
  const returns = [...placedCards(flow.cards)].filter(
    (placed) => !placed.skipped && RETURN_TYPES.has(placed.card.type),
  );
  return { returns, fallsThrough: !alwaysEnds(flow.cards, catalog) };
}

/** The outputs a Return card gives back: its added inputs that have a value mapped. */
export const returnedKeys = (card: Card): string[] =>
  (card.dynamicInputs ?? []).filter((spec) => card.inputs[spec.key] !== undefined).map((spec) => spec.key);

export const EXECUTION_STATUS = "executionStatus";

/** The contract of an action flow, when the flow is an action and the catalog knows its contract. */
export function actionContract(flow: Flow, context: ValidationContext): ContractInfo | undefined {
  if (flow.kind !== "action" || !flow.event.contract) return undefined;
  return context.contract(flow.event.contract);
}
