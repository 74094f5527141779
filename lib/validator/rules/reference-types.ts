// IB2003: a mapped value's type fits its input (the canvas's type check; numbers, true/false and dates read as text).
import type { FlowRule } from "../model";

export const referenceTypes: FlowRule = {
  code: "IB2003",
  severity: "warning",
  area: "mappings",
  scope: "flow",
  title: "Mapped value has a type the input does not take",
  fix: "Map a value of the input's type, or convert it first (e.g. Text to Number).",
  check(flow, context) {
    return context
      .references(flow)
      .filter((problem) => problem.code === "type_mismatch")
      .map((problem) => ({
        card: problem.cardId,
        field: problem.input,
        pointer: problem.pointer,
        message: `Card "${problem.cardId}": ${problem.message}.`,
      }));
  },
};
