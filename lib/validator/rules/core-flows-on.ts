// IB4003: every request goes through httpHelper and the platform checks connections with _authping: both exist and are ON.
import type { Finding, ProjectRule } from "../model";

const CORE = [
  { name: "httpHelper", kind: "helper" },
  { name: "_authping", kind: "authping" },
] as const;

export const coreFlowsOn: ProjectRule = {
  code: "IB4003",
  severity: "error",
  area: "project",
  scope: "project",
  title: "httpHelper or _authping is missing or OFF",
  fix: "Generate the core flows (API Spec > Core flows, or ib flow generate-core) and turn them ON.",
  check(context) {
    const findings: Finding[] = [];
    for (const core of CORE) {
      const flow = context.project.flows.find(
        (candidate) => candidate.name === core.name && candidate.kind === core.kind,
      );
      if (!flow)
        findings.push({
          flow: core.name,
          message: `The project has no ${core.kind} flow named ${core.name}: generate it.`,
        });
      else if (!flow.enabled)
        findings.push({ flow: core.name, field: "enabled", message: `${core.name} is OFF: turn it ON.` });
    }
    return findings;
  },
};
