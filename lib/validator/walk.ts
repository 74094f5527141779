// Every card of a flow with its JSON pointer and whether it can run (neither it nor an enclosing container is disabled).
import type { Card } from "../flow/model";
import { escapePointerSegment } from "../validation/pointer";

export interface PlacedCard {
  card: Card;
  pointer: string;
  /** It or an enclosing container is disabled: it never runs. */
  skipped: boolean;
}

export function* placedCards(cards: readonly Card[], pointer = "/cards", skipped = false): Generator<PlacedCard> {
  for (let index = 0; index < cards.length; index++) {
    const card = cards[index];
    const at = `${pointer}/${index}`;
    const off = skipped || card.disabled === true;
    yield { card, pointer: at, skipped: off };
    const blocks = card.blocks ?? [];
    for (let blockIndex = 0; blockIndex < blocks.length; blockIndex++)
      yield* placedCards(blocks[blockIndex].cards, `${at}/blocks/${blockIndex}/cards`, off);
  }
}

export const fieldPointer = (cardPointer: string, group: string, key: string) =>
  `${cardPointer}/${group}/${escapePointerSegment(key)}`;

/** The cards that name a flow to call in their `flow` option (Call Flow, Call Flow Async, Paginate, For Each...). */
export const calledFlowName = (card: Card): string | undefined => {
  const name = card.options?.flow;
  return typeof name === "string" && name !== "" ? name : undefined;
};
