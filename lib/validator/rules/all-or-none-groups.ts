// IB4005: group operations and group membership are enabled as a whole: all their contracts have ON flows, or none.
import type { Finding, ProjectRule } from "../model";
import { ALL_OR_NONE_GROUPS, onActionContracts } from "../operations";

export const allOrNoneGroups: ProjectRule = {
  code: "IB4005",
  severity: "error",
  area: "project",
  scope: "project",
  title: "Group operations or group membership are only partly built",
  fix: "Build ON action flows for every operation of the group, or turn all of them OFF.",
  check(context) {
    const built = onActionContracts(context);
    const findings: Finding[] = [];
    for (const group of ALL_OR_NONE_GROUPS) {
      const members = context.contracts.filter((contract) => contract.operationGroup === group);
      const missing = members.filter((contract) => !built.has(contract.name)).map((contract) => contract.name);
      if (missing.length === 0 || missing.length === members.length) continue;
      findings.push({
        field: group,
        message: `${group} is all or none: ${members.length - missing.length} of its ${members.length} operations have ON flows; missing: ${missing.join(", ")}.`,
      });
    }
    return findings;
  },
};
