// IB1002: every card is one the catalog knows (the engine cannot run any other).
import type { FlowRule } from "../model";
import { placedCards } from "../walk";

export const knownCardTypes: FlowRule = {
  code: "IB1002",
  severity: "error",
  area: "structure",
  scope: "flow",
  title: "Card type is not in the catalog",
  fix: "Replace the card with one from the palette.",
  check(flow, context) {
    const findings = [];
    for (const { card, pointer } of placedCards(flow.cards)) {
      if (Object.hasOwn(context.cards, card.type)) continue;
      findings.push({
        card: card.id,
        pointer: `${pointer}/type`,
        message: `Card "${card.id}" has type "${card.type}", which is not a card of the catalog: replace it.`,
      });
    }
    return findings;
  },
};
