// IB4002: every connection parameter is mapped to a tenant variable, unless the installing admin enters it
// (credentials and secrets, asked for by the OIN app's authentication settings) or the spec gives it a default.
import type { Finding, ProjectRule } from "../model";

export const connectionParametersMapped: ProjectRule = {
  code: "IB4002",
  severity: "error",
  area: "project",
  scope: "project",
  title: "Connection parameter is neither mapped nor entered by the installer",
  fix:
    "Map the parameter to a tenant variable of the OIN app (Authentication > Authentication mapping, or ib auth mapping). " +
    "Credentials and secret parameters (the installing admin enters them in the OIN app's authentication settings) and spec server variables with a default need none.",
  check(context) {
    const findings: Finding[] = [];
    for (const config of context.project.authConfigurations) {
      for (const problem of config.mappingProblems)
        findings.push({ field: problem.parameter, message: `Auth configuration "${config.name}": ${problem.message}` });
      for (const parameter of config.parameters) {
        if (parameter.source === "credential" || parameter.secret || parameter.defaultValue !== undefined) continue;
        if (Object.hasOwn(config.mapping, parameter.key)) continue;
        findings.push({
          field: parameter.key,
          message: `Connection parameter "${parameter.key}" (${parameter.label}) of auth configuration "${config.name}" is not mapped to a tenant variable, so an installed app has no value for it.`,
        });
      }
    }
    return findings;
  },
};
