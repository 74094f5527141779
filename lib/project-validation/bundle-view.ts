// The project view of a bundle, read leniently: the validator reports what is wrong with the flows rule by rule
// (duplicate or reserved names included) instead of refusing the bundle; only a document that is not a bundle at
// all (not an object with a flows list) is refused.
import { connectionParameters, validateMapping } from "../auth/mapping";
import type { AuthConfiguration } from "../auth/model";
import { invalid } from "../errors";
import type { Flow } from "../flow/model";
import { CAPABILITIES, type Capability } from "../oin/model";
import { isObject } from "../spec/pointer";
import type { AuthConfigurationView, ProjectView } from "../validator/model";
import { readFlowLeniently } from "../validator/repair-flow";
import { type ValidationReport, validationReport } from "../validator/report";
import { type ValidateOptions, validateProject } from "../validator/validate";

function authConfigurationView(
  raw: Record<string, unknown>,
  tenantVariables: { name: string }[],
  options: { linked: boolean; authVariables?: { name: string }[] },
): AuthConfigurationView | undefined {
  const config = {
    parameters: [],
    configValues: [],
    settings: {},
    mapping: {},
    ...raw,
  } as unknown as AuthConfiguration;
  try {
    const mapping = isObject(config.mapping) ? (config.mapping as Record<string, string>) : {};
    return {
      name: String(config.name ?? ""),
      parameters: connectionParameters({ ...config, mapping }),
      mapping,
      mappingProblems: validateMapping({ ...config, mapping }, tenantVariables, options).map((problem) => ({
        parameter: problem.location?.field ?? "",
        message: problem.message,
      })),
    };
  } catch {
    return undefined; // not an auth configuration of a known type: nothing to map
  }
}

export interface BundleViewOptions {
  /** Contract names with a passing test or certification case, known outside the bundle. */
  passedContracts?: readonly string[];
}

export function projectViewOfBundle(document: unknown, options: BundleViewOptions = {}): ProjectView {
  if (!isObject(document) || !Array.isArray(document.flows))
    throw invalid("Not a bundle: a bundle is a JSON object with a flows list (ib project export writes one).", {
      pointer: "/flows",
    });
  const documentProblems = new Map<Flow, { pointer: string; message: string }[]>();
  const flows = document.flows.map((raw) => {
    const { flow, problems } = readFlowLeniently(raw);
    if (problems.length) documentProblems.set(flow, problems);
    return flow;
  });
  const oinApp = isObject(document.oinApp) ? document.oinApp : undefined;
  const capabilities = (Array.isArray(oinApp?.capabilities) ? oinApp.capabilities : []).filter(
    (capability): capability is Capability => CAPABILITIES.includes(capability as Capability),
  );
  const tenantVariables = (Array.isArray(document.tenantVariables) ? document.tenantVariables : [])
    .filter(isObject)
    .filter((variable) => typeof variable.name === "string")
    .map((variable) => ({ name: variable.name as string }));
  // A bundle written before authentication variables were exported does not list them: not checked then.
  const authVariables = Array.isArray(oinApp?.authVariables)
    ? oinApp.authVariables.filter((name) => typeof name === "string").map((name) => ({ name }))
    : undefined;
  const authConfigurations = (Array.isArray(document.authConfigurations) ? document.authConfigurations : [])
    .filter(isObject)
    .map((raw) => authConfigurationView(raw, tenantVariables, { linked: oinApp !== undefined, authVariables }))
    .filter((view) => view !== undefined);
  return {
    flows,
    oinApp: oinApp ? { capabilities } : null,
    tenantVariables,
    authConfigurations,
    passedContracts: options.passedContracts ?? [],
    documentProblems,
  };
}

/** Every rule over a bundle's ON flows and project (ib validate). */
export const validateBundle = (
  document: unknown,
  options: ValidateOptions & BundleViewOptions = {},
): ValidationReport => validationReport(validateProject(projectViewOfBundle(document, options), options));
