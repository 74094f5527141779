// Number: arithmetic and comparison.
import { COMPARISONS, compare, isComparison } from "../compare";
import { OUTPUT, required, T } from "../fields";
import type { CardContext, CardDefinition } from "../types";
import { asNumber } from "../values";

const arithmetic = (
  type: string,
  title: string,
  operate: (a: number, b: number, ctx: CardContext) => number,
): CardDefinition => ({
  type: `number.${type}`,
  title,
  category: "Number",
  help: `${title}: a and b.`,
  inputs: [required("a", T.number), required("b", T.number)],
  outputs: OUTPUT(T.number),
  execute: (inputs, ctx) => ({ output: operate(asNumber(inputs.a, "a", ctx), asNumber(inputs.b, "b", ctx), ctx) }),
});

const compareCard: CardDefinition = {
  type: "number.compare",
  title: "Compare",
  category: "Number",
  help: "Compares two numbers numerically.",
  inputs: [
    required("a", T.number),
    required("comparison", T.text, { enum: [...COMPARISONS] }),
    required("b", T.number),
  ],
  outputs: OUTPUT(T.boolean),
  execute(inputs, ctx) {
    const comparison = inputs.comparison;
    if (!isComparison(comparison)) {
      return ctx.fail(`Input "comparison" must be one of: ${COMPARISONS.join(", ")}`, { code: "INVALID_INPUT" });
    }
    return { output: compare(asNumber(inputs.a, "a", ctx), comparison, asNumber(inputs.b, "b", ctx)) };
  },
};

export const NUMBER_CARDS = [
  arithmetic("add", "Add", (a, b) => a + b),
  arithmetic("subtract", "Subtract", (a, b) => a - b),
  arithmetic("multiply", "Multiply", (a, b) => a * b),
  arithmetic("divide", "Divide", (a, b, ctx) =>
    b === 0 ? ctx.fail(`Cannot divide ${a} by zero (input "b" is 0)`, { code: "DIVIDE_BY_ZERO" }) : a / b,
  ),
  compareCard,
];
