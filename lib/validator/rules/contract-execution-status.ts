// IB3002: every run of an action flow that returns sets executionStatus (Okta reads the outcome from it).
import type { Finding, FlowRule } from "../model";
import { actionContract, EXECUTION_STATUS, flowEndings, returnedKeys } from "../contract-paths";

export const contractExecutionStatus: FlowRule = {
  code: "IB3002",
  severity: "error",
  area: "contracts",
  scope: "flow",
  title: "A path of the action flow does not set executionStatus",
  fix: "End every path with a Return Outputs card that maps executionStatus (status SUCCEEDED or FAILED).",
  check(flow, context) {
    if (!actionContract(flow, context)) return [];
    const endings = flowEndings(flow, context.cards);
    const findings: Finding[] = endings.returns
      .filter(({ card }) => !returnedKeys(card).includes(EXECUTION_STATUS))
      .map(({ card, pointer }) => ({
        card: card.id,
        field: EXECUTION_STATUS,
        pointer: `${pointer}/inputs`,
        message: `Card "${card.id}" returns without ${EXECUTION_STATUS}: add it and map the status.`,
      }));
    if (endings.fallsThrough)
      findings.push({
        field: EXECUTION_STATUS,
        pointer: "/cards",
        message: `A run can end without a Return Outputs card, so ${EXECUTION_STATUS} is not set: end every path with one.`,
      });
    return findings;
  },
};
