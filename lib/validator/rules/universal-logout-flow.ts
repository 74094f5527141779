// IB4006: with Universal Logout enabled, the Proprietary operation has an ON flow of its contract.
import type { Finding, ProjectRule } from "../model";
import { onActionContracts } from "../operations";

export const universalLogoutFlow: ProjectRule = {
  code: "IB4006",
  severity: "error",
  area: "project",
  scope: "project",
  title: "Universal Logout has no Proprietary flow",
  fix: "Add an action flow with the Proprietary Universal Logout contract and turn it ON.",
  check(context) {
    if (!context.project.oinApp?.capabilities.includes("universalLogout")) return [];
    const built = onActionContracts(context);
    const findings: Finding[] = [];
    for (const contract of context.contracts.filter((candidate) => candidate.capability === "universalLogout"))
      if (contract.required && !built.has(contract.name))
        findings.push({
          field: contract.name,
          message: `Universal Logout is enabled, but no ON action flow implements ${contract.name}.`,
        });
    return findings;
  },
};
