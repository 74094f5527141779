// `ib test BUNDLE [--flow NAME] (--connection FILE | --base-url URL [--set KEY=VALUE]...) [--json]`: runs the
// bundle's test flows; exit 1 when one fails.
import { runBundleTests } from "../../bundle/test";
import type { BundleConnectionSource } from "../../bundle/run";
import { parseBundleText } from "../../bundle/schema";
import { invalid } from "../../errors";
import { defineCommand, parseAssignments } from "../command";
import { readJsonFile, readTextFile } from "../files";
import { outcomeText } from "../test-outcome";

export const test = defineCommand({
  name: "test",
  usage: "BUNDLE [--flow NAME] (--connection FILE | --base-url URL [--set KEY=VALUE]...)",
  options: {
    flow: { type: "string" },
    connection: { type: "string" },
    "base-url": { type: "string" },
    set: { type: "string", multiple: true },
  },
  positionals: 1,
  async run({ values, positionals: [file] }) {
    if (!values.connection === !values["base-url"])
      throw invalid("Give exactly one of --connection FILE or --base-url URL.", { field: "connection" });
    if (values.connection && values.set?.length)
      throw invalid("--set goes with --base-url; put parameter values in the connection file.", { field: "set" });
    const bundle = parseBundleText(await readTextFile(file), file);
    const source: BundleConnectionSource = values.connection
      ? { kind: "config", config: await readJsonFile(values.connection) }
      : { kind: "baseUrl", baseUrl: values["base-url"]!, values: parseAssignments(values.set, "set") };
    const outcomes = await runBundleTests(bundle, source, values.flow);
    const passed = outcomes.every((outcome) => outcome.passed);
    const failed = outcomes.filter((outcome) => !outcome.passed).length;
    return {
      result: {
        ok: passed,
        tests: outcomes.map(({ run, ...outcome }) => ({
          ...outcome,
          outputs: run.outputs,
          ...(run.error ? { error: run.error } : {}),
        })),
      },
      text: `${outcomes.map(outcomeText).join("\n")}\n\n${outcomes.length - failed} passed, ${failed} failed`,
      exitCode: passed ? 0 : 1,
    };
  },
});
