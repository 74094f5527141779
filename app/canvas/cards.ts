// The canvas's view of a card: its definition's fields plus the ones the user added, and new cards from the palette.
import { CARD_CATALOG, getCard } from "@/lib/cards/catalog";
import type { CardDefinition } from "@/lib/cards/types";
import type { Block, Card, FieldSpec, Flow, ValueType } from "@/lib/flow/model";
import { blockInputsOf, inputsOf, outputsOf } from "@/lib/cards/card-fields";
import { describeValueType, isAssignable } from "@/lib/flow/value-types";
import { freshId } from "@/lib/flow-edit";

export { CARD_CATALOG, getCard };

export const inputFields = (card: Card): FieldSpec[] => inputsOf(card, CARD_CATALOG);
export const outputFields = (card: Card): FieldSpec[] => outputsOf(card, CARD_CATALOG);
export const blockInputFields = (card: Card, block: Block): FieldSpec[] => blockInputsOf(card, block.id, CARD_CATALOG);

export function blockLabel(card: Card, block: Block): string {
  const definition = getCard(card.type);
  const fixed = definition?.blocks?.find((spec) => spec.id === block.id);
  if (fixed) return fixed.label;
  const conditional = definition?.conditionalBlocks;
  if (conditional && block.id === conditional.otherwise.id) return conditional.otherwise.label;
  if (conditional) return `${conditional.branch.label} ${block.id.slice(conditional.branch.id.length)}`;
  return block.id;
}

export const cardTitle = (card: Card): string => card.title ?? getCard(card.type)?.title ?? card.type;

/** A fresh card of a catalog type, with its blocks (If/ElseIf starts with one branch and else). */
export function newCard(definition: CardDefinition, taken: Set<string>, options?: Record<string, unknown>): Card {
  const card: Card = { id: freshId(definition.type, taken), type: definition.type, inputs: {} };
  if (options) card.options = options;
  if (definition.blocks) card.blocks = definition.blocks.map((spec) => ({ id: spec.id, cards: [] }));
  if (definition.conditionalBlocks) {
    const { branch, otherwise } = definition.conditionalBlocks;
    card.blocks = [
      { id: `${branch.id}1`, cards: [] },
      { id: otherwise.id, cards: [] },
    ];
  }
  return card;
}

export const typeLabel = describeValueType;
export const typeAccepts = (target: ValueType, source: ValueType) => isAssignable(source, target);

export const EVENT_TITLES: Record<Flow["event"]["type"], string> = {
  helperFlow: "Helper Flow",
  authping: "Authping",
  revoke: "Revoke",
  customApiAction: "Custom API Action",
  action: "Action",
  test: "Test",
};
