// Copy, paste and duplicate of cards within and between flows: copies get fresh ids, and mappings that
// wouldn't be in scope where the copies land are dropped rather than left dangling.
import { CARD_CATALOG } from "../cards/catalog";
import type { CardCatalog } from "../cards/types";
import type { Card, Flow } from "../flow/model";
import { scopeAt } from "../cards/scope";
import { cardIds, cloneWithFreshIds, dropBindings, insertCards, locateCard, type SequenceRef } from "./index";

/** The selected cards, outermost only (a selected container carries its nested cards), in flow order. */
export function copiedCards(flow: Flow, selection: readonly string[]): Card[] {
  const chosen = new Set(selection);
  const picked: Card[] = [];
  const walk = (cards: Card[]) => {
    for (const card of cards) {
      if (chosen.has(card.id)) picked.push(card);
      else for (const block of card.blocks ?? []) walk(block.cards);
    }
  };
  walk(flow.cards);
  return picked;
}

export interface Pasted {
  flow: Flow;
  /** The new cards' ids (outermost), in order. */
  ids: string[];
  /** How many mappings were dropped because what they named isn't in scope where the copies landed. */
  dropped: number;
}

/** Inserts copies of `cards` under fresh ids at `index` of sequence `at`. */
export function pasteCards(
  flow: Flow,
  cards: Card[],
  at: SequenceRef,
  index: number,
  catalog: CardCatalog = CARD_CATALOG,
): Pasted {
  const copies = cloneWithFreshIds(cards, cardIds(flow.cards));
  const inserted = insertCards(flow, at, index, copies);
  let dropped = 0;
  const scopes = new Map<string, Set<string>>();
  const scopeKeys = (cardId: string, resultsOf?: string) => {
    const key = `${cardId}/${resultsOf ?? ""}`;
    if (!scopes.has(key))
      scopes.set(
        key,
        new Set(scopeAt(inserted, cardId, catalog, resultsOf).map((field) => `${field.card}/${field.key}`)),
      );
    return scopes.get(key)!;
  };
  const cleaned = dropBindings(copies, (binding, card, resultsOf) => {
    if (binding.kind !== "ref" || scopeKeys(card.id, resultsOf).has(`${binding.card}/${binding.path[0]}`)) return true;
    dropped += 1;
    return false;
  });
  return { flow: insertCards(flow, at, index, cleaned), ids: cleaned.map((card) => card.id), dropped };
}

/** Copies of the selected cards right after the last selected one; undefined when nothing is selected. */
export function duplicateCards(
  flow: Flow,
  selection: readonly string[],
  catalog: CardCatalog = CARD_CATALOG,
): Pasted | undefined {
  const cards = copiedCards(flow, selection);
  const last = selection.at(-1);
  const place = last ? locateCard(flow.cards, last) : undefined;
  if (!cards.length || !place) return undefined;
  return pasteCards(flow, cards, place.at, place.index + 1, catalog);
}
