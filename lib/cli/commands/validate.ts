// `ib validate BUNDLE [--json]`: every validation rule over a bundle; exit 1 on any error-severity diagnostic.
import { validateBundle } from "../../project-validation/bundle-view";
import { describeDiagnostic } from "../../validator/report";
import { defineCommand } from "../command";
import { fromFile, readJsonFile } from "../files";

export const validate = defineCommand({
  name: "validate",
  usage: "BUNDLE",
  positionals: 1,
  async run({ positionals: [file] }) {
    const document = await readJsonFile(file);
    const report = await fromFile(file, async () => validateBundle(document));
    const errors = report.errors.filter((entry) => entry.severity === "error").length;
    const warnings = report.errors.length - errors;
    const summary = report.errors.length
      ? `${errors} error(s), ${warnings} warning(s)`
      : "No problems found: every rule passes.";
    return {
      result: report,
      text: [...report.errors.map(describeDiagnostic), summary].join("\n"),
      exitCode: report.ok ? 0 : 1,
    };
  },
});
