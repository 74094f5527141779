// IB2005: only helper flows may be called (action, system and test flows are started by the platform), except that a
// test flow calls the action flow it tests.
import type { Finding, FlowRule } from "../model";
import { calledFlowName, placedCards } from "../walk";

export const callFlowHelper: FlowRule = {
  code: "IB2005",
  severity: "error",
  area: "mappings",
  scope: "flow",
  title: "Called flow is not a helper flow",
  fix: "Call a helper flow (Add event: Helper Flow), or move the shared cards into one; only a test flow calls an action flow.",
  check(flow, context) {
    const findings: Finding[] = [];
    for (const { card, pointer, skipped } of placedCards(flow.cards)) {
      const name = calledFlowName(card);
      const target = name === undefined || skipped ? undefined : context.flowsByName.get(name);
      if (!target || target.kind === "helper" || (flow.kind === "test" && target.kind === "action")) continue;
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
