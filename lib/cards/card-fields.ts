// The inputs and outputs a card has: its catalog definition's fixed fields plus the ones the user added.
import type { Card, FieldSpec } from "../flow/model";
import type { CardCatalog, CardDefinition } from "./types";

const definitionOf = (card: Card, catalog: CardCatalog): CardDefinition | undefined =>
  Object.hasOwn(catalog, card.type) ? catalog[card.type] : undefined;

export function inputsOf(card: Card, catalog: CardCatalog): FieldSpec[] {
  const definition = definitionOf(card, catalog);
  if (!definition) return [];
  const fixedType = definition.dynamicInputs?.type;
  const added = definition.dynamicInputs
    ? (card.dynamicInputs ?? []).map((spec) => (fixedType ? { ...spec, type: fixedType } : spec))
    : [];
  return [...definition.inputs, ...added];
}

export function outputsOf(card: Card, catalog: CardCatalog): FieldSpec[] {
  const definition = definitionOf(card, catalog);
  if (!definition) return [];
  const declared = definition.dynamicOutputs ? (card.dynamicOutputs ?? []) : [];
  const mirrored = definition.dynamicInputs?.mirroredAsOutputs ? (card.dynamicInputs ?? []) : [];
  return [...definition.outputs, ...declared, ...mirrored];
}

/** The fields a block of a container card hands to the cards inside it (If Error's `error`). */
export function blockProvides(card: Card, blockId: string, catalog: CardCatalog): FieldSpec[] {
  return definitionOf(card, catalog)?.blocks?.find((block) => block.id === blockId)?.provides ?? [];
}

/** The inputs of one block (an If/ElseIf condition). */
export function blockInputsOf(card: Card, blockId: string, catalog: CardCatalog): FieldSpec[] {
  const definition = definitionOf(card, catalog);
  const fixed = definition?.blocks?.find((block) => block.id === blockId)?.inputs;
  if (fixed) return fixed;
  const conditional = definition?.conditionalBlocks;
  if (!conditional) return [];
  return blockId === conditional.otherwise.id
    ? (conditional.otherwise.inputs ?? [])
    : (conditional.branch.inputs ?? []);
}
