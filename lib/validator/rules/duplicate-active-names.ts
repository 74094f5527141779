// CBDE000001H: Call Flow and the platform find flows by name, so two active flows may not share one.
import type { ProjectRule } from "../model";

export const duplicateActiveNames: ProjectRule = {
  code: "CBDE000001H",
  severity: "error",
  area: "platform",
  scope: "project",
  title: "Names of two or more active flows are duplicates",
  fix: "Rename one of the flows, or turn all but one of them OFF.",
  check(context) {
    const counts = new Map<string, number>();
    for (const flow of context.checked) if (flow.enabled) counts.set(flow.name, (counts.get(flow.name) ?? 0) + 1);
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
