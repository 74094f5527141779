// IB3001: every Return of an action flow gives back every output its contract requires.
import type { Finding, FlowRule } from "../model";
import { actionContract, EXECUTION_STATUS, flowEndings, returnedKeys } from "../contract-paths";

export const contractRequiredOutputs: FlowRule = {
  code: "IB3001",
  severity: "error",
  area: "contracts",
  scope: "flow",
  title: "Return lacks a required output of the contract",
  fix: "Add the output to the Return Outputs card and map a value to it.",
  check(flow, context) {
    const contract = actionContract(flow, context);
    if (!contract) return [];
    const required = (contract.outputSchema.required ?? []).filter((key) => key !== EXECUTION_STATUS);
    const findings: Finding[] = [];
    for (const { card, pointer } of flowEndings(flow, context.cards).returns) {
      const given = new Set(returnedKeys(card));
      for (const key of required.filter((name) => !given.has(name)))
        findings.push({
          card: card.id,
          field: key,
          pointer: `${pointer}/inputs`,
          message: `Card "${card.id}" returns without "${key}", which "${contract.name}" requires: add it.`,
        });
    }
    return findings;
  },
};
