// IB2007: flows that call each other in a circle recurse without bound (the engine stops them at depth 10).
import type { Flow } from "../../flow/model";
import type { FlowRule, ValidationContext } from "../model";
import { calledFlowName, placedCards } from "../walk";

function callees(flow: Flow): Map<string, { card: string; pointer: string }> {
  const called = new Map<string, { card: string; pointer: string }>();
  for (const { card, pointer, skipped } of placedCards(flow.cards)) {
    const name = calledFlowName(card);
    if (name !== undefined && !skipped && !called.has(name))
      called.set(name, { card: card.id, pointer: `${pointer}/options/flow` });
  }
  return called;
}

/** A chain of calls from `start` back to `start`, or undefined. */
function cycleFrom(start: Flow, context: ValidationContext): string[] | undefined {
  const seen = new Set<string>();
  const search = (flow: Flow, path: string[]): string[] | undefined => {
    for (const name of callees(flow).keys()) {
      if (name === start.name) return [...path, name];
      const next = context.flowsByName.get(name);
      if (!next || seen.has(name)) continue;
      seen.add(name);
      const found = search(next, [...path, name]);
      if (found) return found;
    }
    return undefined;
  };
  return search(start, [start.name]);
}

export const callFlowCycle: FlowRule = {
  code: "IB2007",
  severity: "error",
  area: "mappings",
  scope: "flow",
  title: "Flows call each other in a cycle",
  fix: "Break the cycle: one of the flows in it must stop calling the next.",
  check(flow, context) {
    const cycle = cycleFrom(flow, context);
    if (!cycle) return [];
    const first = callees(flow).get(cycle[1]);
    return [
      {
        card: first?.card,
        field: "flow",
        pointer: first?.pointer,
        message: `Calls go round in a cycle (${cycle.join(" → ")}), so the flow recurses without bound.`,
      },
    ];
  },
};
