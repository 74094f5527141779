// `ib oin configure PROJECT [...]`: Configure your integration of the project's OIN app — the flow of each
// operation, support email, test account, testing instructions. Without options it shows the configuration; with
// options it changes only what they name and saves. The password is read from an environment variable, never
// from the command line, and always printed masked.
import { invalid } from "../../errors";
import { configureIntegration, integrationConfiguration } from "../../submission/configuration";
import type { IntegrationConfigurationView } from "../../submission/model";
import { defineCommand, parseAssignments } from "../command";

function configurationText(view: IntegrationConfigurationView): string {
  const { configuration } = view;
  const operations = view.operations.map((operation) => {
    const offered = operation.candidates
      .map((candidate) => (candidate.valid ? candidate.flow : `${candidate.flow} (has errors)`))
      .join(", ");
    return `  ${operation.required ? "*" : " "} ${operation.contract} = ${operation.selected ?? "(not mapped)"}${offered ? `  [ON flows: ${offered}]` : ""}`;
  });
  return [
    `OIN app ${view.oinAppId} [${view.status}]${view.savedAt ? `, saved ${view.savedAt}` : ", not saved yet (pre-selected)"}`,
    "operations (* required):",
    ...operations,
    `support email: ${configuration.supportEmail || "-"}`,
    `test account: ${configuration.testAccount.url || "-"} as ${configuration.testAccount.username || "-"}, password ${configuration.testAccount.password ? "set" : "not set"}`,
    `testing instructions: ${configuration.testingInstructions || "-"}`,
  ].join("\n");
}

function testPassword(variable: string | undefined): string | undefined {
  if (variable === undefined) return undefined;
  const value = process.env[variable];
  if (value === undefined)
    throw invalid(`--test-password-env names ${variable}, which is not set in the environment`, {
      field: "test-password-env",
    });
  return value;
}

export const oinConfigure = defineCommand({
  name: "oin configure",
  usage:
    'PROJECT_ID [--map "CONTRACT=FLOW"]... [--unmap CONTRACT]... [--support-email EMAIL] [--test-url URL] [--test-username NAME] [--test-password-env VAR] [--instructions TEXT]',
  options: {
    map: { type: "string", multiple: true },
    unmap: { type: "string", multiple: true },
    "support-email": { type: "string" },
    "test-url": { type: "string" },
    "test-username": { type: "string" },
    "test-password-env": { type: "string" },
    instructions: { type: "string" },
  },
  positionals: 1,
  async run({ values, positionals: [projectId] }) {
    const current = await integrationConfiguration(projectId);
    const changes = [
      values.map,
      values.unmap,
      values["support-email"],
      values["test-url"],
      values["test-username"],
      values["test-password-env"],
      values.instructions,
    ];
    if (changes.every((change) => change === undefined)) return { result: current, text: configurationText(current) };
    const { configuration } = current;
    const operations: Record<string, string | null> = {
      ...Object.fromEntries(current.operations.map((operation) => [operation.contract, operation.selected])),
      ...parseAssignments(values.map, "map"),
      ...Object.fromEntries((values.unmap ?? []).map((contract) => [contract, null])),
    };
    const saved = await configureIntegration(projectId, {
      operations,
      supportEmail: values["support-email"] ?? configuration.supportEmail,
      testAccount: {
        url: values["test-url"] ?? configuration.testAccount.url,
        username: values["test-username"] ?? configuration.testAccount.username,
        password: testPassword(values["test-password-env"]) ?? configuration.testAccount.password,
      },
      testingInstructions: values.instructions ?? configuration.testingInstructions,
    });
    return { result: saved, text: `Saved.\n${configurationText(saved)}` };
  },
});
