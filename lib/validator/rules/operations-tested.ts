// IB4007: each required operation that is built has a passing test flow or certification case (a warning).
import type { Finding, ProjectRule } from "../model";
import { onActionContracts } from "../operations";

export const operationsTested: ProjectRule = {
  code: "IB4007",
  severity: "warning",
  area: "project",
  scope: "project",
  title: "A required operation has no passing test",
  fix: "Run a test flow of the contract (or a certification run) until it passes.",
  check(context) {
    const capabilities = new Set(context.project.oinApp?.capabilities ?? []);
    const built = onActionContracts(context);
    const passed = new Set(context.project.passedContracts);
    const findings: Finding[] = [];
    for (const contract of context.contracts) {
      if (!contract.required || !capabilities.has(contract.capability) || !built.has(contract.name)) continue;
      if (passed.has(contract.name)) continue;
      findings.push({
        flow: built.get(contract.name),
        field: contract.name,
        message: `${contract.name} has no passing test flow or certification case: test it before submitting.`,
      });
    }
    return findings;
  },
};
