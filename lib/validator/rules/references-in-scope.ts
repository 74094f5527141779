// IB2002: every reference names a value that is surely set when its card runs (lib/flow/scope.ts's rule).
import type { FlowRule } from "../model";

export const referencesInScope: FlowRule = {
  code: "IB2002",
  severity: "error",
  area: "mappings",
  scope: "flow",
  title: "Reference is not in scope when its card runs",
  fix: "Map a value that is set before the card runs: an earlier card's output, the event's inputs, or a container's outputs.",
  check(flow, context) {
    return context
      .references(flow)
      .filter((problem) => problem.severity === "error")
      .map((problem) => ({
        card: problem.cardId,
        field: problem.input,
        pointer: problem.pointer,
        message: `Input "${problem.input}" of card "${problem.cardId}": ${problem.message}.`,
      }));
  },
};
