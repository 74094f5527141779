// IB2005: only helper flows may be called (action, system and test flows are started by the platform).
import type { Finding, FlowRule } from "../model";
import { calledFlowName, placedCards } from "../walk";

export const callFlowHelper: FlowRule = {
  code: "IB2005",
  severity: "error",
  area: "mappings",
  scope: "flow",
  title: "Called flow is not a helper flow",
  fix: "Call a helper flow (Add event: Helper Flow), or move the shared cards into one.",
  check(flow, context) {
    const findings: Finding[] = [];
    for (const { card, pointer, skipped } of placedCards(flow.cards)) {
      const name = calledFlowName(card);
      const target = name === undefined || skipped ? undefined : context.flowsByName.get(name);
      if (!target || target.kind === "helper") continue;
      findings.push({
        card: card.id,
        field: "flow",
        pointer: `${pointer}/options/flow`,
        message: `Card "${card.id}" calls "${name}", a ${target.kind} flow: only helper flows can be called.`,
      });
    }
    return findings;
  },
};
