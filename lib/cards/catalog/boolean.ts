// True/False: logic.
import { OUTPUT, required, T } from "../fields";
import type { CardDefinition } from "../types";
import { asBoolean } from "../values";

const binary = (type: string, title: string, operate: (a: boolean, b: boolean) => boolean): CardDefinition => ({
  type: `boolean.${type}`,
  title,
  category: "True/False",
  help: `${title} of a and b.`,
  inputs: [required("a", T.boolean), required("b", T.boolean)],
  outputs: OUTPUT(T.boolean),
  execute: (inputs, ctx) => ({ output: operate(asBoolean(inputs.a, "a", ctx), asBoolean(inputs.b, "b", ctx)) }),
});

const not: CardDefinition = {
  type: "boolean.not",
  title: "Not",
  category: "True/False",
  help: "The opposite of the value.",
  inputs: [required("value", T.boolean)],
  outputs: OUTPUT(T.boolean),
  execute: (inputs, ctx) => ({ output: !asBoolean(inputs.value, "value", ctx) }),
};

export const BOOLEAN_CARDS = [binary("and", "And", (a, b) => a && b), binary("or", "Or", (a, b) => a || b), not];
