// IB1004: card ids are unique within the flow and never "event" (references name cards by id).
import { EVENT_CARD_ID } from "../../flow/model";
import type { Finding, FlowRule } from "../model";
import { placedCards } from "../walk";

export const cardIds: FlowRule = {
  code: "IB1004",
  severity: "error",
  area: "structure",
  scope: "flow",
  title: "Card id is empty, reserved or repeated",
  fix: "Give the card an id of its own (duplicate or re-insert the card to get a fresh one).",
  check(flow) {
    const findings: Finding[] = [];
    const seen = new Set<string>();
    for (const { card, pointer } of placedCards(flow.cards)) {
      const at = { card: card.id, pointer: `${pointer}/id` };
      if (card.id === "") findings.push({ ...at, message: "A card has an empty id." });
      else if (card.id === EVENT_CARD_ID)
        findings.push({ ...at, message: `A card is named "${EVENT_CARD_ID}", which means the event card.` });
      else if (seen.has(card.id))
        findings.push({ ...at, message: `Card id "${card.id}" is used by an earlier card too.` });
      seen.add(card.id);
    }
    return findings;
  },
};
