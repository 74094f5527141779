// Flow Control: calling helper flows, assigning and returning values.
import { field, OUTPUT, required, T } from "../fields";
import { getPath, parsePath } from "../path";
import type { CardDefinition } from "../types";
import { asObject, asNumber, asText, dynamicValues, FLOW_OPTION, helperFlowName } from "../values";

const callFlow: CardDefinition = {
  type: "flow.callFlow",
  title: "Call Flow",
  category: "Flow Control",
  help: "Runs a helper flow with these inputs and waits for its outputs. Choosing the helper fills in its inputs and declared outputs.",
  options: [FLOW_OPTION],
  inputs: [],
  outputs: [],
  dynamicInputs: { label: "helper inputs" },
  dynamicOutputs: { label: "helper outputs" },
  async execute(inputs, ctx) {
    const name = helperFlowName(ctx);
    const returned = await ctx.callFlow(name, dynamicValues(inputs, ctx));
    const outputs: Record<string, unknown> = {};
    for (const spec of ctx.card.dynamicOutputs ?? []) {
      if (!Object.hasOwn(returned, spec.key)) {
        const available = Object.keys(returned).join(", ") || "nothing";
        ctx.fail(`Output "${spec.key}" is not returned by flow "${name}" (it returned: ${available})`, {
          code: "OUTPUT_MISMATCH",
        });
      }
      outputs[spec.key] = returned[spec.key];
    }
    return outputs;
  },
};

const callFlowAsync: CardDefinition = {
  type: "flow.callFlowAsync",
  title: "Call Flow Async",
  category: "Flow Control",
  help: "Starts a helper flow with these inputs without waiting; it returns nothing.",
  options: [FLOW_OPTION],
  inputs: [],
  outputs: [],
  dynamicInputs: { label: "helper inputs" },
  execute(inputs, ctx) {
    ctx.callFlowAsync(helperFlowName(ctx), dynamicValues(inputs, ctx));
    return {};
  },
};

const assign: CardDefinition = {
  type: "flow.assign",
  title: "Assign",
  category: "Flow Control",
  help: "Names values: each input becomes an output of the same name.",
  inputs: [],
  outputs: [],
  dynamicInputs: { label: "fields", mirroredAsOutputs: true },
  execute: (inputs, ctx) => dynamicValues(inputs, ctx),
};

const returnCard: CardDefinition = {
  type: "flow.return",
  title: "Return",
  category: "Flow Control",
  help: "Ends the flow; its inputs become the flow's outputs.",
  inputs: [],
  outputs: [],
  dynamicInputs: { label: "flow outputs" },
  terminates: true,
  execute: (inputs, ctx) => ctx.returnFlow(dynamicValues(inputs, ctx)),
};

const returnOutputs: CardDefinition = {
  type: "flow.returnOutputs",
  title: "Return Outputs",
  category: "Flow Control",
  help: "Ends an action flow with the outputs its action card declares.",
  inputs: [],
  outputs: [],
  dynamicInputs: { label: "action outputs" },
  terminates: true,
  execute: (inputs, ctx) => ctx.returnFlow(dynamicValues(inputs, ctx)),
};

const returnRaw: CardDefinition = {
  type: "flow.returnRaw",
  title: "Return Raw",
  category: "Flow Control",
  help: "Ends the flow with a raw HTTP answer: status code 200 or 400–599, headers and body.",
  inputs: [required("statusCode", T.number), field("headers", T.object), field("body", T.any)],
  outputs: [],
  terminates: true,
  execute(inputs, ctx) {
    const statusCode = asNumber(inputs.statusCode, "statusCode", ctx);
    if (!(statusCode === 200 || (Number.isInteger(statusCode) && statusCode >= 400 && statusCode <= 599))) {
      ctx.fail(`Input "statusCode" must be 200 or 400–599, got ${statusCode}`, { code: "INVALID_INPUT" });
    }
    const headers = inputs.headers === undefined ? {} : asObject(inputs.headers, "headers", ctx);
    return ctx.returnFlow({ statusCode, headers, body: inputs.body });
  },
};

const paginate: CardDefinition = {
  type: "flow.paginate",
  title: "Paginate",
  category: "Flow Control",
  help:
    "Calls the helper flow with `object` again and again while the key at `path` (usually `break`) is in the object; " +
    "the helper returns the next object as its `object` output and removes the key to stop. At most 5,000 iterations.",
  options: [FLOW_OPTION],
  inputs: [required("object", T.object), required("path", T.text, { help: "usually break" })],
  outputs: OUTPUT(T.object),
  async execute(inputs, ctx) {
    const name = helperFlowName(ctx);
    const path = parsePath(asText(inputs.path, "path", ctx));
    let current = asObject(inputs.object, "object", ctx);
    while (getPath(current, path) !== undefined) {
      ctx.tick("paginate");
      const returned = await ctx.callFlow(name, { object: current });
      current = asObject(returned.object, `object (returned by flow "${name}")`, ctx);
    }
    return { output: current };
  },
};

export const FLOW_CONTROL_CARDS = [callFlow, callFlowAsync, assign, returnCard, returnOutputs, returnRaw, paginate];
