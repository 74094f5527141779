// `ib oin-app ...`: OIN apps (lib/oin/service.ts) and "Save and start building" (lib/oin/start-building.ts).
// App files hold the same JSON the OIN Wizard form sends (OinAppInput).
import type { OinAppView } from "../../oin/model";
import { createOinApp, deleteOinApp, getOinApp, listOinApps, updateOinApp } from "../../oin/service";
import { startBuildingAs } from "../../access/creator";
import { YES_OPTION, defineCommand, listText, requireYes, required } from "../command";
import { fromFile, readJsonFile } from "../files";

function oinAppText(app: OinAppView): string {
  const variables = app.variables.map((variable) => `${variable.name} (${variable.label})`).join(", ");
  return [
    `${app.displayName} (${app.id})`,
    `status: ${app.status}`,
    `auth: ${app.auth.mode}`,
    `tenant variables: ${variables || "none"}`,
    `projects: ${app.projects.map((project) => `${project.name} (${project.id})`).join(", ") || "none"}`,
  ].join("\n");
}

const oinAppOutput = (oinApp: OinAppView, headline?: string) => ({
  result: { oinApp },
  text: headline ? `${headline}\n${oinAppText(oinApp)}` : oinAppText(oinApp),
});

/** Reads an app file and runs `save` on it; validation problems point into the file. */
async function withAppFile<T>(file: string | undefined, save: (payload: unknown) => Promise<T>): Promise<T> {
  const path = required(file, "file");
  const payload = await readJsonFile(path);
  return fromFile(path, () => save(payload));
}

export const oinAppList = defineCommand({
  name: "oin-app list",
  usage: "",
  positionals: 0,
  async run() {
    const oinApps = await listOinApps();
    return {
      result: { oinApps },
      text: listText(
        oinApps.map((app) => `${app.id}  ${app.displayName}  [${app.status}]`),
        "No OIN apps yet.",
      ),
    };
  },
});

export const oinAppShow = defineCommand({
  name: "oin-app show",
  usage: "OIN_APP_ID",
  positionals: 1,
  run: async ({ positionals: [id] }) => oinAppOutput(await getOinApp(id)),
});

export const oinAppCreate = defineCommand({
  name: "oin-app create",
  usage: "--file APP.json",
  options: { file: { type: "string" } },
  positionals: 0,
  run: async ({ values }) => oinAppOutput(await withAppFile(values.file, createOinApp), "Created"),
});

export const oinAppUpdate = defineCommand({
  name: "oin-app update",
  usage: "OIN_APP_ID --file APP.json",
  options: { file: { type: "string" } },
  positionals: 1,
  run: async ({ values, positionals: [id] }) =>
    oinAppOutput(await withAppFile(values.file, (payload) => updateOinApp(id, payload)), "Updated"),
});

export const oinAppDelete = defineCommand({
  name: "oin-app delete",
  usage: "OIN_APP_ID --yes",
  options: YES_OPTION,
  positionals: 1,
  async run({ values, positionals: [id] }) {
    requireYes(values.yes, `OIN app ${id}`);
    await deleteOinApp(id);
    return { result: { ok: true }, text: `Deleted OIN app ${id}.` };
  },
});

export const oinAppStartBuilding = defineCommand({
  name: "oin-app start-building",
  usage: "--file APP.json [--oin-app OIN_APP_ID]",
  options: { file: { type: "string" }, "oin-app": { type: "string" } },
  positionals: 0,
  async run({ values }) {
    const result = await withAppFile(values.file, (payload) => startBuildingAs(payload, values["oin-app"]));
    return { result, text: `${oinAppText(result.oinApp)}\nproject: ${result.project.name} (${result.project.id})` };
  },
});
