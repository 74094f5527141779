// Error Handling: catching card failures and ending a flow with an error.
import { field, required, T } from "../fields";
import type { CardDefinition } from "../types";
import { asNumber, asText, CONDITION_FIELDS, evaluateCondition } from "../values";

/** What If Error's catch block sees of the failure. */
const ERROR_OBJECT = {
  type: "object",
  properties: {
    message: { type: "string" },
    code: { type: "string" },
    card: { type: "string" },
    flow: { type: "string" },
    execution: { type: "string" },
    statusCode: { type: "number" },
    details: {},
  },
} as const;

const ifError: CardDefinition = {
  type: "error.ifError",
  title: "If Error",
  category: "Error Handling",
  help: "Runs `try`; if a card in it fails, runs `catch` with the `error` (message, code, card, flow, execution).",
  inputs: [],
  outputs: [],
  dynamicOutputs: { label: "outputs (from each block's results)" },
  blocks: [
    { id: "try", label: "Try" },
    { id: "catch", label: "If Error", provides: [field("error", { type: "object", schema: ERROR_OBJECT })] },
  ],
  async execute(_inputs, ctx) {
    const attempt = await ctx.tryBlock("try");
    if (attempt.ok) return attempt.results;
    const { message, code, card, flow, execution, statusCode, details } = attempt.error;
    const error = { message, code, card, flow, execution, statusCode, details };
    return (await ctx.runBlock("catch", { error })).results;
  },
};

function failWith(inputs: Record<string, unknown>, ctx: Parameters<CardDefinition["execute"]>[1]): never {
  const message = asText(inputs.message, "message", ctx);
  if (message === "") ctx.fail(`Input "message" is required`, { code: "INVALID_INPUT" });
  const statusCode = inputs.statusCode === undefined ? undefined : asNumber(inputs.statusCode, "statusCode", ctx);
  return ctx.fail(message, { code: "RETURN_ERROR", statusCode });
}

const ERROR_FIELDS = [field("statusCode", T.number), required("message", T.text)];

const returnError: CardDefinition = {
  type: "error.returnError",
  title: "Return Error",
  category: "Error Handling",
  help: "Ends the flow with this error (an If Error around it catches it).",
  inputs: ERROR_FIELDS,
  outputs: [],
  terminates: true,
  execute: (inputs, ctx) => failWith(inputs, ctx),
};

const returnErrorIf: CardDefinition = {
  type: "error.returnErrorIf",
  title: "Return Error If",
  category: "Error Handling",
  help: "Ends the flow with this error when the condition holds; otherwise does nothing.",
  inputs: [...CONDITION_FIELDS, ...ERROR_FIELDS],
  outputs: [],
  execute: (inputs, ctx) => (evaluateCondition(inputs, ctx) ? failWith(inputs, ctx) : {}),
};

export const ERROR_HANDLING_CARDS = [ifError, returnError, returnErrorIf];
