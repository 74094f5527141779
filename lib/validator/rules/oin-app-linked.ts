// IB4001: a project is validated and submitted for an OIN app: it must be linked to one.
import type { ProjectRule } from "../model";

export const oinAppLinked: ProjectRule = {
  code: "IB4001",
  severity: "error",
  area: "project",
  scope: "project",
  title: "No OIN app is linked",
  fix: "Link the project to its OIN app (General tab: Link an OIN app, or ib project link).",
  check(context) {
    if (context.project.oinApp) return [];
    return [{ message: "The project is not linked to an OIN app: link it before validating and submitting." }];
  },
};
