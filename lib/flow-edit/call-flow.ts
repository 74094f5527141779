// Filling a card from the flow it calls: Call Flow's inputs and declared outputs are the called flow's event inputs
// and outputs (the platform's "inputs auto-populate"), and Return / Return Outputs offer the flow's own outputs.
import { CARD_CATALOG } from "../cards/catalog";
import type { CardCatalog } from "../cards/types";
import type { Card, FieldSpec, Flow } from "../flow/model";

/** What a caller sees of a helper flow: its name and interface. */
export interface CalledFlow {
  name: string;
  inputs: FieldSpec[];
  outputs: FieldSpec[];
}

export const calledFlowOf = (flow: Pick<Flow, "name" | "event">): CalledFlow => ({
  name: flow.name,
  inputs: flow.event.inputs,
  outputs: flow.event.outputs,
});

const keep = <T>(values: Record<string, T>, keys: Set<string>) =>
  Object.fromEntries(Object.entries(values).filter(([key]) => keys.has(key)));

/**
 * Points a Call Flow (or Call Flow Async) card at `called`: its inputs become the called flow's event inputs and,
 * when the card declares outputs, its outputs the called flow's outputs. Mappings whose names still exist are kept.
 * `called` undefined (an unknown flow) changes only the option.
 */
export function callFlowTo(card: Card, name: string, called?: CalledFlow, catalog: CardCatalog = CARD_CATALOG): Card {
  const next: Card = { ...card, options: { ...card.options, flow: name } };
  if (!called) return next;
  const definition = catalog[card.type];
  const inputKeys = new Set(called.inputs.map((field) => field.key));
  next.dynamicInputs = called.inputs.map((field) => ({ ...field }));
  next.inputs = keep(card.inputs, inputKeys);
  if (definition?.dynamicOutputs) next.dynamicOutputs = called.outputs.map((field) => ({ ...field }));
  return next;
}

/**
 * The flow's declared outputs a Return / Return Outputs card does not have yet, so it can offer them instead of
 * asking for names again.
 */
export function missingReturnFields(card: Card, flow: Pick<Flow, "event">): FieldSpec[] {
  const present = new Set((card.dynamicInputs ?? []).map((field) => field.key));
  return flow.event.outputs.filter((field) => !present.has(field.key));
}

/** Adds the flow's declared outputs a Return card lacks, after the ones it has. */
export function addReturnFields(card: Card, flow: Pick<Flow, "event">): Card {
  const missing = missingReturnFields(card, flow);
  if (!missing.length) return card;
  return { ...card, dynamicInputs: [...(card.dynamicInputs ?? []), ...missing.map((field) => ({ ...field }))] };
}

const RETURNS_FLOW_OUTPUTS = new Set(["flow.return", "flow.returnOutputs"]);

/** A card just inserted into `flow`, filled from what it calls or returns (`helpers`: the callable flows). */
export function prefillCard(card: Card, flow: Pick<Flow, "event">, helpers: CalledFlow[]): Card {
  const calls = typeof card.options?.flow === "string" ? card.options.flow : undefined;
  if (calls !== undefined)
    return callFlowTo(
      card,
      calls,
      helpers.find((helper) => helper.name === calls),
    );
  return RETURNS_FLOW_OUTPUTS.has(card.type) ? addReturnFields(card, flow) : card;
}

/** Whether a card returns the flow's outputs (Return, Return Outputs). */
export const returnsFlowOutputs = (card: Card): boolean => RETURNS_FLOW_OUTPUTS.has(card.type);
