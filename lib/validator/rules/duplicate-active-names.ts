// CBDE000001H: Call Flow and the platform find flows by name, so two active flows may not share one.
// A repeated reserved name is reported by its own rule (CBDE000004H/5H for _authping, CBDE000007H for _revoke).
import { RESERVED_FLOW_NAMES } from "../../flow/model";
import type { ProjectRule } from "../model";

const RESERVED = new Set<string>(RESERVED_FLOW_NAMES);

export const duplicateActiveNames: ProjectRule = {
  code: "CBDE000001H",
  severity: "error",
  area: "platform",
  scope: "project",
  title: "Names of two or more active flows are duplicates",
  fix: "Rename one of the flows, or turn all but one of them OFF.",
  check(context) {
    const counts = new Map<string, number>();
    for (const flow of context.checked)
      if (flow.enabled && !RESERVED.has(flow.name)) counts.set(flow.name, (counts.get(flow.name) ?? 0) + 1);
    return [...counts]
      .filter(([, count]) => count > 1)
      .map(([name, count]) => ({
        flow: name,
        field: "name",
        pointer: "/name",
        message: `${count} active flows are named "${name}": rename all but one, or turn them OFF.`,
      }));
  },
};
