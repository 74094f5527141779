// IB3003: an action flow returns only the outputs its contract declares.
import type { Finding, FlowRule } from "../model";
import { actionContract, flowEndings, returnedKeys } from "../contract-paths";

export const contractExtraOutputs: FlowRule = {
  code: "IB3003",
  severity: "error",
  area: "contracts",
  scope: "flow",
  title: "Return gives an output the contract does not have",
  fix: "Remove the output from the Return Outputs card, or rename it to a field of the contract.",
  check(flow, context) {
    const contract = actionContract(flow, context);
    if (!contract) return [];
    const declared = contract.outputSchema.properties ?? {};
    const findings: Finding[] = [];
    for (const { card, pointer } of flowEndings(flow, context.cards).returns)
      for (const key of returnedKeys(card).filter((name) => !Object.hasOwn(declared, name)))
        findings.push({
          card: card.id,
          field: key,
          pointer: `${pointer}/inputs`,
          message: `Card "${card.id}" returns "${key}", which "${contract.name}" does not declare (it has: ${Object.keys(declared).join(", ")}).`,
        });
    return findings;
  },
};
