// Cards on the clipboard as flow JSON ({"ib/cards": [...]}), so they paste into another flow or browser tab.
import type { Card, Flow } from "@/lib/flow/model";
import { scopeAt } from "@/lib/flow/scope";
import { CARD_CATALOG } from "./cards";
import { cardIds, cloneWithFreshIds, dropBindings, insertCards, type SequenceRef } from "./flow-edit";

export const CLIPBOARD_KEY = "ib/cards";

/** The selected cards, outermost only (a selected container carries its nested cards), in flow order. */
export function copiedCards(flow: Flow, selection: string[]): Card[] {
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

export const clipboardText = (cards: Card[]) => JSON.stringify({ [CLIPBOARD_KEY]: cards });

export function parseClipboard(text: string): Card[] | undefined {
  try {
    const parsed = JSON.parse(text) as Record<string, unknown>;
    const cards = parsed?.[CLIPBOARD_KEY];
    if (Array.isArray(cards) && cards.every((card) => card && typeof card.id === "string" && typeof card.type === "string")) return cards as Card[];
  } catch {
    // Not ours: ignore.
  }
  return undefined;
}

/**
 * Inserts copies of `cards` under fresh ids; references that aren't in scope where they land are dropped.
 * Returns the new flow, the new ids (outermost) and how many references were dropped.
 */
export function pasteCards(flow: Flow, cards: Card[], at: SequenceRef, index: number) {
  const copies = cloneWithFreshIds(cards, cardIds(flow.cards));
  const inserted = insertCards(flow, at, index, copies);
  let dropped = 0;
  const scopes = new Map<string, Set<string>>();
  const scopeKeys = (cardId: string, resultsOf?: string) => {
    const key = `${cardId}/${resultsOf ?? ""}`;
    if (!scopes.has(key)) scopes.set(key, new Set(scopeAt(inserted, cardId, CARD_CATALOG, resultsOf).map((field) => `${field.card}/${field.key}`)));
    return scopes.get(key)!;
  };
  const cleaned = dropBindings(copies, (binding, card, resultsOf) => {
    if (binding.kind !== "ref" || scopeKeys(card.id, resultsOf).has(`${binding.card}/${binding.path[0]}`)) return true;
    dropped += 1;
    return false;
  });
  return { flow: insertCards(flow, at, index, cleaned), ids: cleaned.map((card) => card.id), dropped };
}
