// Branching: conditional blocks and values.
import { field, OUTPUT, T } from "../fields";
import type { CardDefinition } from "../types";
import { CONDITION_FIELDS, evaluateCondition } from "../values";

const CONTAINER_OUTPUTS = { label: "outputs (from each block's results)" };

const ifElse: CardDefinition = {
  type: "branch.ifElse",
  title: "If/Else",
  category: "Branching",
  help: "Runs `then` when the condition holds, else `else`. Numbers compare numerically, texts lexicographically.",
  inputs: CONDITION_FIELDS,
  outputs: [],
  dynamicOutputs: CONTAINER_OUTPUTS,
  blocks: [
    { id: "then", label: "Then" },
    { id: "else", label: "Else" },
  ],
  async execute(inputs, ctx) {
    const outcome = await ctx.runBlock(evaluateCondition(inputs, ctx) ? "then" : "else");
    return outcome.results;
  },
};

const ifElseIf: CardDefinition = {
  type: "branch.ifElseIf",
  title: "If/ElseIf",
  category: "Branching",
  help: "Runs the first branch whose condition holds, in order, else `else`.",
  inputs: [],
  outputs: [],
  dynamicOutputs: CONTAINER_OUTPUTS,
  conditionalBlocks: {
    branch: { id: "branch", label: "Condition", inputs: CONDITION_FIELDS },
    otherwise: { id: "else", label: "Else" },
  },
  async execute(_inputs, ctx) {
    for (const block of ctx.card.blocks ?? []) {
      if (!block.id.startsWith("branch")) continue;
      if (evaluateCondition(ctx.blockInputs(block.id), ctx)) return (await ctx.runBlock(block.id)).results;
    }
    return (await ctx.runBlock("else")).results;
  },
};

const continueIf: CardDefinition = {
  type: "branch.continueIf",
  title: "Continue If",
  category: "Branching",
  help: "Stops the sequence it is in (the flow, or its container's block) unless the condition holds.",
  inputs: CONDITION_FIELDS,
  outputs: [],
  execute(inputs, ctx) {
    return evaluateCondition(inputs, ctx) ? {} : ctx.stopSequence();
  },
};

const assignIf: CardDefinition = {
  type: "branch.assignIf",
  title: "Assign If",
  category: "Branching",
  help: "Outputs `ifTrue` when the condition holds, else `ifFalse`.",
  inputs: [...CONDITION_FIELDS, field("ifTrue", T.any), field("ifFalse", T.any)],
  outputs: OUTPUT(T.any),
  execute: (inputs, ctx) => ({ output: evaluateCondition(inputs, ctx) ? inputs.ifTrue : inputs.ifFalse }),
};

export const BRANCHING_CARDS = [ifElse, ifElseIf, continueIf, assignIf];
