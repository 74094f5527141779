// `ib auth generate SPEC | --project PROJECT_ID [--scheme NAME]...`: auth configurations from a spec's security
// schemes — from a file (printed only), or from a project's current spec (saved, as the Generate dialog does).
import { generateAuthConfigs } from "../../auth/generate";
import type { AuthConfiguration, GenerationNote } from "../../auth/model";
import { generateProjectAuthConfigs } from "../../auth/store";
import { invalid } from "../../errors";
import { defineCommand } from "../command";
import { ingestSpecFile } from "../spec-file";

function notesText(notes: GenerationNote[], configurations: AuthConfiguration[], none: string): string {
  const lines = notes.map((note) => {
    const head = `${note.generated ? "+" : "-"} ${note.scheme} [${note.kind}]`;
    const config = configurations.find((candidate) => candidate.sourceScheme === note.sourceScheme);
    const saved = config?.id ? ` (${config.id})` : "";
    return `${head}${config ? ` -> ${config.type} "${config.name}"${saved}` : ""}${note.message ? `\n    ${note.message}` : ""}`;
  });
  return lines.length ? lines.join("\n") : none;
}

export const authGenerate = defineCommand({
  name: "auth generate",
  usage: "(SPEC | --project PROJECT_ID) [--scheme NAME | NAME/FLOW]...",
  options: { project: { type: "string" }, scheme: { type: "string", multiple: true } },
  positionals: [0, 1],
  async run({ values, positionals: [file] }) {
    if (!file === !values.project)
      throw invalid("Give either a SPEC file or --project PROJECT_ID.", { field: "project" });
    if (values.project) {
      const result = await generateProjectAuthConfigs(values.project, values.scheme);
      const summary = `${result.created} created, ${result.updated} updated`;
      return {
        result,
        text: `${notesText(result.notes, result.configurations, "The current spec declares no security schemes.")}\n${summary}`,
      };
    }
    const result = generateAuthConfigs((await ingestSpecFile(file)).index, values.scheme);
    return {
      result: { ok: true, ...result },
      text: notesText(result.notes, result.configurations, `${file} declares no security schemes.`),
    };
  },
});
