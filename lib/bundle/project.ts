// Exports a project as a bundle and imports a bundle into a project, over the same stores the app uses.
import type { AuthConfiguration } from "../auth/model";
import { createAuthConfig, listAuthConfigs, updateAuthConfig } from "../auth/store";
import { createFlow, getFlow, getFlowByName, listFlows, saveFlow } from "../flows/store";
import { getOinApp } from "../oin/service";
import { tenantVariablesFor } from "../oin/tenant-variables";
import type { ProjectView } from "../projects/model";
import { createProject, deleteProject, getProject } from "../projects/service";
import { SECRET_MASK } from "../secrets/mask";
import { BUNDLE_VERSION, type ProjectBundle } from "./model";
import { parseBundle } from "./schema";
import { withoutSecrets } from "./secrets";

export async function exportProject(projectId: string): Promise<ProjectBundle> {
  const project = await getProject(projectId);
  const [tenant, configurations, summaries] = await Promise.all([
    tenantVariablesFor(projectId),
    listAuthConfigs(projectId),
    listFlows(projectId),
  ]);
  const flows = await Promise.all(summaries.map(async (summary) => (await getFlow(summary.id)).flow));
  const oinApp = tenant.linked ? await getOinApp(tenant.oinAppId) : undefined;
  return {
    bundleVersion: BUNDLE_VERSION,
    project: { name: project.name, description: project.description },
    tenantVariables: tenant.variables.map(({ label, name }) => ({ label, name })),
    ...(oinApp && {
      oinApp: {
        capabilities: oinApp.capabilities,
        authVariables: tenant.authVariables.map((variable) => variable.name),
      },
    }),
    authConfigurations: configurations.map(withoutSecrets),
    flows,
  };
}

export interface ImportReport {
  authConfigurations: { created: string[]; updated: string[] };
  flows: { created: string[]; updated: string[] };
  /** Things the user should look at: tenant variables the project lacks. */
  warnings: string[];
}

/** Keeps secrets stored in the project: a bundle carries none, so its empty password values mean "unchanged". */
const keepStoredSecrets = (config: AuthConfiguration): AuthConfiguration => ({
  ...config,
  configValues: config.configValues.map((value) =>
    value.type === "password" && value.source.kind === "static" && value.source.value === ""
      ? { ...value, source: { kind: "static", value: SECRET_MASK } }
      : value,
  ),
});

/**
 * Adds a bundle's auth configurations and flows to a project. Same-named ones are updated (a flow gets a new
 * version, so nothing saved is lost); stored secrets and mappings are kept. The whole bundle is validated first.
 */
export async function importBundle(projectId: string, input: unknown): Promise<ImportReport> {
  const bundle = parseBundle(input);
  await getProject(projectId);
  const report: ImportReport = {
    authConfigurations: { created: [], updated: [] },
    flows: { created: [], updated: [] },
    warnings: [],
  };

  const tenant = await tenantVariablesFor(projectId);
  const known = new Set(tenant.variables.map((variable) => variable.name));
  for (const variable of bundle.tenantVariables) {
    if (known.has(variable.name)) continue;
    report.warnings.push(
      tenant.linked
        ? `Tenant variable "${variable.name}" (${variable.label}) is not defined in the linked OIN app; add it there.`
        : `The bundle uses tenant variable "${variable.name}" (${variable.label}); link the project to an OIN app that defines it.`,
    );
  }

  const existing = new Map((await listAuthConfigs(projectId)).map((config) => [config.name, config]));
  for (const config of bundle.authConfigurations) {
    const { id: _id, ...body } = config;
    const match = existing.get(config.name);
    if (match?.id) {
      // The project's own mapping stays unless the bundle maps the same parameter.
      const mapping = { ...match.mapping, ...body.mapping };
      await updateAuthConfig(projectId, match.id, keepStoredSecrets({ ...body, mapping } as AuthConfiguration));
      report.authConfigurations.updated.push(config.name);
    } else {
      await createAuthConfig(projectId, body);
      report.authConfigurations.created.push(config.name);
    }
  }

  for (const flow of bundle.flows) {
    const match = await getFlowByName(projectId, flow.name);
    if (match) {
      await saveFlow(match.id, flow, match.version);
      report.flows.updated.push(flow.name);
    } else {
      await createFlow(projectId, flow);
      report.flows.created.push(flow.name);
    }
  }
  return report;
}

/** Creates a project from a bundle (its name and description) and imports the rest; a failed import leaves no project behind. */
export async function importBundleAsProject(
  input: unknown,
  file?: string,
): Promise<{ project: ProjectView; report: ImportReport }> {
  const bundle = parseBundle(input, file);
  const created = await createProject(bundle.project);
  try {
    const report = await importBundle(created.id, bundle);
    return { project: await getProject(created.id), report };
  } catch (error) {
    await deleteProject(created.id);
    throw error;
  }
}
