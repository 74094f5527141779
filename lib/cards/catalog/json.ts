// JSON: text to values and back.
import { field, OUTPUT, required, T } from "../fields";
import type { CardDefinition } from "../types";
import { asText } from "../values";

const parse: CardDefinition = {
  type: "json.parse",
  title: "Parse",
  category: "JSON",
  help: "Reads JSON text into a value.",
  inputs: [required("string", T.text)],
  outputs: OUTPUT(T.any),
  execute(inputs, ctx) {
    const text = asText(inputs.string, "string", ctx);
    try {
      return { output: JSON.parse(text) };
    } catch (error) {
      return ctx.fail(`Input "string" is not valid JSON: ${(error as Error).message}`, { code: "INVALID_JSON" });
    }
  },
};

const stringify: CardDefinition = {
  type: "json.stringify",
  title: "Stringify",
  category: "JSON",
  help: "Writes a value as JSON text (indented when `pretty`).",
  inputs: [field("object", T.any, { required: true }), field("pretty", T.boolean)],
  outputs: OUTPUT(T.text),
  execute: (inputs) => ({
    output: JSON.stringify(inputs.object ?? null, null, inputs.pretty === true ? 2 : undefined),
  }),
};

export const JSON_CARDS = [parse, stringify];
