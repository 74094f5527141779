// `ib auth list|mapping`: a project's auth configurations and their mapping to tenant variables (lib/auth/store.ts).
import { authMappingView, getAuthConfig, listAuthConfigs, saveAuthMapping } from "../../auth/store";
import { notFound } from "../../errors";
import { configValueProblems } from "../../flows/config-value-problems";
import { defineCommand, listText, parseAssignments } from "../command";
import { formatProblems } from "../io";

const mappingText = (mapping: Record<string, string>) =>
  listText(
    Object.entries(mapping).map(([parameter, variable]) => `  ${parameter} -> ${variable}`),
    "  (nothing mapped)",
  );

export const authList = defineCommand({
  name: "auth list",
  usage: "PROJECT_ID",
  positionals: 1,
  async run({ positionals: [projectId] }) {
    const [configurations, mapping, configValues] = await Promise.all([
      listAuthConfigs(projectId),
      authMappingView(projectId),
      configValueProblems(projectId),
    ]);
    const lines = mapping.configurations.map((view) => {
      const type = configurations.find((config) => config.id === view.id)?.type;
      const found = [...view.problems, ...(configValues[view.id] ?? [])];
      const problems = found.length ? `\n${formatProblems(found)}` : "";
      return `${view.id}  ${view.name}  [${type}]${problems}`;
    });
    if (!mapping.linked && mapping.reason) lines.push(`note: ${mapping.reason}`);
    return {
      result: { configurations, mapping, configValueProblems: configValues },
      text: listText(lines, "No auth configurations yet."),
    };
  },
});

export const authMapping = defineCommand({
  name: "auth mapping",
  usage: "PROJECT_ID AUTH_CONFIG_ID [--set PARAMETER=VARIABLE]...  (an empty VARIABLE unmaps)",
  options: { set: { type: "string", multiple: true } },
  positionals: 2,
  async run({ values, positionals: [projectId, authConfigId] }) {
    const changes = parseAssignments(values.set, "set");
    if (Object.keys(changes).length) {
      const current = await getAuthConfig(projectId, authConfigId);
      const saved = await saveAuthMapping(projectId, authConfigId, { ...current.mapping, ...changes });
      return { result: saved, text: `Saved the mapping of ${saved.name}:\n${mappingText(saved.mapping)}` };
    }
    const view = (await authMappingView(projectId)).configurations.find((config) => config.id === authConfigId);
    if (!view) throw notFound(`Auth configuration ${authConfigId}`);
    const parameters = view.parameters
      .map((parameter) => `  ${parameter.key} (${parameter.source}${parameter.secret ? ", secret" : ""})`)
      .join("\n");
    const problems = view.problems.length ? `\nproblems:\n${formatProblems(view.problems)}` : "";
    return {
      result: view,
      text: `${view.name}\nconnection parameters:\n${parameters}\nmapping:\n${mappingText(view.mapping)}${problems}`,
    };
  },
});
