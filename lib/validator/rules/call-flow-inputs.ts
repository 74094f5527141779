// IB2006: a Call Flow gives the helper every input the helper requires.
import type { Finding, FlowRule } from "../model";
import { calledFlowName, fieldPointer, placedCards } from "../walk";

/** Inputs a flow-calling card fills itself (For Each's item and index). */
const PROVIDED_BY_CARD: Record<string, readonly string[]> = {
  "list.forEach": ["item", "index"],
  "list.map": ["item", "index"],
  "list.customFilter": ["item", "index"],
  "flow.paginate": ["object"],
};

export const callFlowInputs: FlowRule = {
  code: "IB2006",
  severity: "error",
  area: "mappings",
  scope: "flow",
  title: "Called flow does not get a required input",
  fix: "Add the helper's required input to the calling card and map a value to it.",
  check(flow, context) {
    const findings: Finding[] = [];
    for (const { card, pointer, skipped } of placedCards(flow.cards)) {
      const name = calledFlowName(card);
      const target = name === undefined || skipped ? undefined : context.flowsByName.get(name);
      if (target?.kind !== "helper") continue;
      const given = new Set([
        ...(card.dynamicInputs ?? []).filter((spec) => card.inputs[spec.key]).map((spec) => spec.key),
        ...(PROVIDED_BY_CARD[card.type] ?? []),
      ]);
      for (const spec of [...target.event.inputs, ...target.event.options]) {
        if (!spec.required || given.has(spec.key)) continue;
        findings.push({
          card: card.id,
          field: spec.key,
          pointer: fieldPointer(pointer, "inputs", spec.key),
          message: `Card "${card.id}" calls "${name}" without its required input "${spec.key}": add it and map a value.`,
        });
      }
    }
    return findings;
  },
};
