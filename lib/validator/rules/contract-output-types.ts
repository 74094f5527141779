// IB3004: each output an action flow returns has the type its contract declares.
import { describeValueType, isAssignable, valueTypeOfSchema } from "../../flow/value-types";
import type { Finding, FlowRule } from "../model";
import { actionContract, flowEndings } from "../contract-paths";

export const contractOutputTypes: FlowRule = {
  code: "IB3004",
  severity: "error",
  area: "contracts",
  scope: "flow",
  title: "Returned output has a type other than the contract's",
  fix: "Change the output's type on the Return Outputs card to the contract's type (or build the value with that type).",
  check(flow, context) {
    const contract = actionContract(flow, context);
    if (!contract) return [];
    const declared = contract.outputSchema.properties ?? {};
    const findings: Finding[] = [];
    for (const { card, pointer } of flowEndings(flow, context.cards).returns)
      for (const spec of card.dynamicInputs ?? []) {
        if (!Object.hasOwn(declared, spec.key) || card.inputs[spec.key] === undefined) continue;
        const expected = valueTypeOfSchema(declared[spec.key]);
        if (isAssignable(spec.type, expected)) continue;
        findings.push({
          card: card.id,
          field: spec.key,
          pointer: `${pointer}/dynamicInputs`,
          message: `Card "${card.id}" returns "${spec.key}" as ${describeValueType(spec.type)}, but "${contract.name}" declares ${describeValueType(expected)}.`,
        });
      }
    return findings;
  },
};
