// `ib certify BUNDLE (--connection FILE | --base-url URL [--set KEY=VALUE]...) [--json]`: the certification run
// over the bundle's ON action flows; `ib certify --project PROJECT_ID --connection-id CONNECTION_ID`: over a stored
// project's, its report kept (also with --url). Exit 1 on a failed case.
import { parseBundleText } from "../../bundle/schema";
import { certifyBundle } from "../../certify/bundle";
import type { CertifyReport } from "../../certify/report";
import { certifyProject } from "../../certify/store";
import { invalid } from "../../errors";
import { defineCommand, localOnly } from "../command";
import { CONNECTION_OPTIONS, CONNECTION_USAGE, connectionSource } from "../connection-source";
import { readTextFile } from "../files";

const MARKS = { passed: "✓", failed: "✗", not_applicable: "–" } as const;

type ReportSummary = Pick<CertifyReport, "ok" | "durationMs" | "cases" | "cleanup">;

function describe(report: ReportSummary): string {
  const lines = report.cases.map(
    (entry) =>
      `${MARKS[entry.result]} ${entry.title} [${entry.id}] ${entry.result} (${entry.durationMs} ms): ${entry.message}`,
  );
  for (const entry of report.cleanup)
    lines.push(`cleanup: ${entry.what}: ${entry.ok ? entry.message : `not ${entry.action}: ${entry.message}`}`);
  const count = (result: string) => report.cases.filter((entry) => entry.result === result).length;
  lines.push(
    `${count("passed")} passed, ${count("failed")} failed, ${count("not_applicable")} not applicable in ${report.durationMs} ms`,
  );
  return lines.join("\n");
}

function certifyOutput(report: ReportSummary) {
  return {
    result: {
      ok: report.ok,
      durationMs: report.durationMs,
      cases: report.cases.map(({ id, title, result, message, durationMs }) => ({
        id,
        title,
        result,
        message,
        durationMs,
      })),
      cleanup: report.cleanup,
    },
    text: describe(report),
    exitCode: report.ok ? 0 : 1,
  };
}

export const certify = defineCommand({
  name: "certify",
  usage: `BUNDLE ${CONNECTION_USAGE} | --project PROJECT_ID --connection-id CONNECTION_ID`,
  options: { ...CONNECTION_OPTIONS, project: { type: "string" }, "connection-id": { type: "string" } },
  positionals: [0, 1],
  async run({ values, positionals: [file] }) {
    if (values.project !== undefined) {
      if (file) throw invalid("give a BUNDLE file or --project, not both", { field: "project" });
      return certifyOutput(await certifyProject(values.project, { connectionId: values["connection-id"] }));
    }
    if (!file)
      throw invalid("give a BUNDLE file, or --project PROJECT_ID --connection-id CONNECTION_ID", { field: "project" });
    const source = await connectionSource(values);
    const bundle = parseBundleText(await readTextFile(file), file);
    return certifyOutput(await certifyBundle(bundle, source));
  },
  route: {
    call({ values, positionals }) {
      if (values.project === undefined || positionals.length)
        throw localOnly("ib certify BUNDLE runs a file on this machine (use --project PROJECT_ID for a stored one)");
      return {
        params: { projectId: values.project },
        body: () => ({ connectionId: values["connection-id"] }),
      };
    },
    output: (answer) => certifyOutput(answer.json as ReportSummary),
  },
});
