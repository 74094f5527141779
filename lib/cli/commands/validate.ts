// `ib validate BUNDLE [--json]` or `ib validate --project PROJECT_ID`: every validation rule over a bundle file or a
// stored project (the latter also with --url); exit 1 on any error-severity diagnostic.
import { validateBundle } from "../../project-validation/bundle-view";
import { validateStoredProject } from "../../project-validation/stored-view";
import { describeDiagnostic, type ValidationReport } from "../../validator/report";
import { defineCommand, localOnly } from "../command";
import { fromFile, readJsonFile } from "../files";
import { invalid } from "../../errors";

function reportOutput(report: ValidationReport) {
  const errors = report.errors.filter((entry) => entry.severity === "error").length;
  const warnings = report.errors.length - errors;
  const omitted = report.omitted ? `, ${report.omitted} more not listed` : "";
  const summary = report.errors.length
    ? `${errors} error(s), ${warnings} warning(s)${omitted}`
    : "No problems found: every rule passes.";
  return {
    result: report,
    text: [...report.errors.map(describeDiagnostic), summary].join("\n"),
    exitCode: report.ok ? 0 : 1,
  };
}

export const validate = defineCommand({
  name: "validate",
  usage: "BUNDLE | --project PROJECT_ID",
  options: { project: { type: "string" } },
  positionals: [0, 1],
  async run({ values, positionals: [file] }) {
    if (values.project !== undefined) {
      if (file) throw invalid("give a BUNDLE file or --project, not both", { field: "project" });
      return reportOutput(await validateStoredProject(values.project));
    }
    if (!file) throw invalid("usage: ib validate BUNDLE | --project PROJECT_ID", { field: "project" });
    const document = await readJsonFile(file);
    return reportOutput(await fromFile(file, async () => validateBundle(document)));
  },
  route: {
    call({ values, positionals }) {
      if (values.project === undefined || positionals.length)
        throw localOnly("ib validate BUNDLE checks a file on this machine (use --project PROJECT_ID for a stored one)");
      return { params: { projectId: values.project } };
    },
    output: (answer) => reportOutput(answer.json as ValidationReport),
  },
});
