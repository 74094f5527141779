// Cards on the clipboard as flow JSON ({"ib/cards": [...]}), so they paste into another flow or browser tab.
import type { Card } from "@/lib/flow/model";

const CLIPBOARD_KEY = "ib/cards";

export const clipboardText = (cards: Card[]) => JSON.stringify({ [CLIPBOARD_KEY]: cards });

export function parseClipboard(text: string): Card[] | undefined {
  try {
    const parsed = JSON.parse(text) as Record<string, unknown>;
    const cards = parsed?.[CLIPBOARD_KEY];
    if (
      Array.isArray(cards) &&
      cards.every((card) => card && typeof card.id === "string" && typeof card.type === "string")
    )
      return cards as Card[];
  } catch {
    // Not ours: ignore.
  }
  return undefined;
}
