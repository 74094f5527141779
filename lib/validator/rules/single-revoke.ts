// CBDE000006H: one Revoke flow per project.
import type { ProjectRule } from "../model";

export const singleRevoke: ProjectRule = {
  code: "CBDE000006H",
  severity: "error",
  area: "platform",
  scope: "project",
  title: "Duplicate revoke flow found",
  fix: "Keep one Revoke flow; delete the others or turn them OFF.",
  check(context) {
    const revokes = context.checked.filter((flow) => flow.kind === "revoke");
    if (revokes.length < 2) return [];
    return revokes.slice(1).map((flow) => ({
      flow: flow.name,
      field: "kind",
      pointer: "/kind",
      message: `"${flow.name}" is a second Revoke flow (after "${revokes[0].name}"): a project has one.`,
    }));
  },
};
