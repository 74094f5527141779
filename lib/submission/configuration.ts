// Configure your integration, for a project and its linked OIN app: each operation of the app's enabled
// capabilities with the project's ON action flows of its contract (valid: no validation error), the flow chosen for
// it (pre-selected when exactly one valid flow is offered), and the rest of the configuration, password masked.
import { bodyObject } from "../body";
import { exportProject } from "../bundle/project";
import type { Capability } from "../contracts/catalog";
import { invalid } from "../errors";
import { type ConfigurableFlow, operationsOf, parseConfiguration } from "../oin/configuration";
import { readConfiguration, type StoredConfiguration, saveConfiguration } from "../oin/configuration-store";
import { getOinApp } from "../oin/service";
import { getProject } from "../projects/service";
import { validateStoredProject } from "../project-validation/stored-view";
import type { ValidationReport } from "../validator/report";
import type { IntegrationConfigurationView, OperationChoice } from "./model";

/** What the configuration and the gate read about a project: its linked app, its flows, its validation. */
export interface ConfigurationContext {
  oinAppId: string;
  status: string;
  capabilities: Capability[];
  flows: ConfigurableFlow[];
  validation: ValidationReport;
}

export async function configurationContext(projectId: string): Promise<ConfigurationContext> {
  const project = await getProject(projectId);
  if (!project.oinApp)
    throw invalid("Link the project to an OIN app first (General tab): the configuration is kept with the app.", {
      field: "oinApp",
    });
  const [app, bundle, validation] = await Promise.all([
    getOinApp(project.oinApp.id),
    exportProject(projectId),
    validateStoredProject(projectId),
  ]);
  const flows = bundle.flows.map((flow) => ({
    name: flow.name,
    kind: flow.kind,
    enabled: flow.enabled === true,
    contract: flow.event.contract,
  }));
  return { oinAppId: app.id, status: app.status, capabilities: app.capabilities, flows, validation };
}

/** Flow names with an error-severity diagnostic. */
export const flowsWithErrors = (validation: ValidationReport): Set<string> =>
  new Set(
    validation.errors.filter((entry) => entry.severity === "error" && entry.flow).map((entry) => entry.flow as string),
  );

/** The operations with their candidates; `saved` is the saved mapping, undefined before the first save. */
function choices(context: ConfigurationContext, saved?: Record<string, string>): OperationChoice[] {
  const broken = flowsWithErrors(context.validation);
  return operationsOf(context.capabilities).map((contract) => {
    const candidates = context.flows
      .filter((flow) => flow.enabled && flow.kind === "action" && flow.contract === contract.name)
      .map((flow) => ({ flow: flow.name, valid: !broken.has(flow.name) }));
    const valid = candidates.filter((candidate) => candidate.valid);
    return {
      contract: contract.name,
      capability: contract.capability,
      operationGroup: contract.operationGroup,
      required: contract.required,
      candidates,
      selected: saved ? (saved[contract.name] ?? null) : valid.length === 1 ? valid[0].flow : null,
    };
  });
}

/** The flow pre-selected for each operation that has exactly one valid flow. */
const preselection = (context: ConfigurationContext): Record<string, string> =>
  Object.fromEntries(
    choices(context)
      .filter((choice) => choice.selected !== null)
      .map((choice) => [choice.contract, choice.selected as string]),
  );

/**
 * The operations as Configure your integration shows them: the saved mapping, or before the first save the
 * pre-selection. The submission gate reads this too, so it never contradicts the screen.
 */
export const shownOperations = (context: ConfigurationContext, stored: StoredConfiguration): Record<string, string> =>
  stored.savedAt ? stored.configuration.operations : preselection(context);

export async function integrationConfiguration(projectId: string): Promise<IntegrationConfigurationView> {
  const context = await configurationContext(projectId);
  const { configuration, savedAt } = await readConfiguration(context.oinAppId);
  return {
    projectId,
    oinAppId: context.oinAppId,
    status: context.status,
    configuration,
    savedAt,
    operations: choices(context, savedAt ? configuration.operations : undefined),
  };
}

/**
 * Saves the configuration (the whole of it: an operation the payload leaves out gets its pre-selection, `null`
 * leaves it unmapped); the OIN app returns to Draft.
 */
export async function configureIntegration(projectId: string, payload: unknown): Promise<IntegrationConfigurationView> {
  const body = bodyObject(payload, "The configuration");
  const context = await configurationContext(projectId);
  const operations =
    body.operations === undefined || (typeof body.operations === "object" && !Array.isArray(body.operations))
      ? { ...preselection(context), ...(body.operations as object | undefined) }
      : body.operations;
  const configuration = parseConfiguration({ ...body, operations }, context.capabilities, context.flows);
  const saved = await saveConfiguration(context.oinAppId, configuration);
  return {
    projectId,
    oinAppId: context.oinAppId,
    status: (await getOinApp(context.oinAppId)).status,
    ...saved,
    operations: choices(context, saved.configuration.operations),
  };
}
