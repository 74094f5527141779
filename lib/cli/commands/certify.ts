// `ib certify BUNDLE (--connection FILE | --base-url URL [--set KEY=VALUE]...) [--json]`: the certification run
// over the bundle's ON action flows; exit 1 on a failed case.
import { parseBundleText } from "../../bundle/schema";
import { certifyBundle } from "../../certify/bundle";
import type { CertifyReport } from "../../certify/model";
import { defineCommand } from "../command";
import { CONNECTION_OPTIONS, CONNECTION_USAGE, connectionSource } from "../connection-source";
import { readTextFile } from "../files";

const MARKS = { passed: "✓", failed: "✗", not_applicable: "–" } as const;

function describe(report: CertifyReport): string {
  const lines = report.cases.map(
    (entry) =>
      `${MARKS[entry.result]} ${entry.title} [${entry.id}] ${entry.result} (${entry.durationMs} ms): ${entry.message}`,
  );
  for (const entry of report.cleanup)
    lines.push(`cleanup: ${entry.what} ${entry.ok ? entry.action : `not ${entry.action}: ${entry.message}`}`);
  const count = (result: string) => report.cases.filter((entry) => entry.result === result).length;
  lines.push(
    `${count("passed")} passed, ${count("failed")} failed, ${count("not_applicable")} not applicable in ${report.durationMs} ms`,
  );
  return lines.join("\n");
}

export const certify = defineCommand({
  name: "certify",
  usage: `BUNDLE ${CONNECTION_USAGE}`,
  options: CONNECTION_OPTIONS,
  positionals: 1,
  async run({ values, positionals: [file] }) {
    const source = await connectionSource(values);
    const bundle = parseBundleText(await readTextFile(file), file);
    const report = await certifyBundle(bundle, source);
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
  },
});
