// CBDE000004H: one Authping flow per project (the platform's connection health check).
import type { ProjectRule } from "../model";

export const singleAuthping: ProjectRule = {
  code: "CBDE000004H",
  severity: "error",
  area: "platform",
  scope: "project",
  title: "Duplicate Authping flow found",
  fix: "Keep one Authping flow (named _authping); delete the others or turn them OFF.",
  check(context) {
    const authpings = context.checked.filter((flow) => flow.kind === "authping");
    if (authpings.length < 2) return [];
    return authpings.slice(1).map((flow) => ({
      flow: flow.name,
      field: "kind",
      pointer: "/kind",
      message: `"${flow.name}" is a second Authping flow (after "${authpings[0].name}"): a project has one.`,
    }));
  },
};
