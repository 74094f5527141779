// IB2004: a card that calls a flow (Call Flow, Paginate, For Each...) names a flow of the project.
import type { Finding, FlowRule } from "../model";
import { calledFlowName, placedCards } from "../walk";

export const callFlowTarget: FlowRule = {
  code: "IB2004",
  severity: "error",
  area: "mappings",
  scope: "flow",
  title: "Called flow does not exist",
  fix: "Choose a helper flow of the project in the card's flow option, or create that flow.",
  check(flow, context) {
    const findings: Finding[] = [];
    for (const { card, pointer, skipped } of placedCards(flow.cards)) {
      const definition = Object.hasOwn(context.cards, card.type) ? context.cards[card.type] : undefined;
      const option = definition?.options?.find((spec) => spec.key === "flow");
      if (skipped || !option) continue;
      const name = calledFlowName(card);
      const at = { card: card.id, field: "flow", pointer: `${pointer}/options/flow` };
      if (!name) {
        if (option.required)
          findings.push({ ...at, message: `Card "${card.id}" names no flow to call: choose a helper flow.` });
      } else if (!context.flowsByName.has(name))
        findings.push({ ...at, message: `Card "${card.id}" calls flow "${name}", which the project does not have.` });
    }
    return findings;
  },
};
