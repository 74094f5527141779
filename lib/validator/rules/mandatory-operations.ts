// IB4004: every required operation of each enabled capability has an ON action flow of its contract
// (Universal Logout's has its own rule, IB4006).
import type { Finding, ProjectRule } from "../model";
import { onActionContracts } from "../operations";

export const mandatoryOperations: ProjectRule = {
  code: "IB4004",
  severity: "error",
  area: "project",
  scope: "project",
  title: "A required operation has no ON action flow",
  fix: "Add an action flow for the contract (New Flow > Add event > the contract) and turn it ON.",
  check(context) {
    const capabilities = new Set(context.project.oinApp?.capabilities ?? []);
    const built = onActionContracts(context);
    const findings: Finding[] = [];
    for (const contract of context.contracts) {
      if (!contract.required || contract.capability === "universalLogout") continue;
      if (!capabilities.has(contract.capability) || built.has(contract.name)) continue;
      findings.push({
        field: contract.name,
        message: `${contract.name} is required for ${contract.capability} (${contract.operationGroup}), but no ON action flow implements it.`,
      });
    }
    return findings;
  },
};
