// `ib run BUNDLE --flow NAME [--input JSON] (--connection FILE | --base-url URL [--set KEY=VALUE]...) [--json]`
import { runBundleFlow, type BundleConnectionSource } from "../../bundle/run";
import { parseBundleText } from "../../bundle/schema";
import { invalid } from "../../errors";
import { defineCommand, parseAssignments, parseInputOption, required } from "../command";
import { readJsonFile, readTextFile } from "../files";

export const run = defineCommand({
  name: "run",
  usage: "BUNDLE --flow NAME [--input JSON] (--connection FILE | --base-url URL [--set KEY=VALUE]...)",
  options: {
    flow: { type: "string" },
    input: { type: "string" },
    connection: { type: "string" },
    "base-url": { type: "string" },
    set: { type: "string", multiple: true },
  },
  positionals: 1,
  async run({ values, positionals: [file] }) {
    const flowName = required(values.flow, "flow");
    if (!values.connection === !values["base-url"])
      throw invalid("Give exactly one of --connection FILE or --base-url URL.", { field: "connection" });
    if (values.connection && values.set?.length)
      throw invalid("--set goes with --base-url; put parameter values in the connection file.", { field: "set" });

    const bundle = parseBundleText(await readTextFile(file), file);
    const inputs = parseInputOption(values.input);
    const source: BundleConnectionSource = values.connection
      ? { kind: "config", config: await readJsonFile(values.connection) }
      : { kind: "baseUrl", baseUrl: values["base-url"]!, values: parseAssignments(values.set, "set") };

    const result = await runBundleFlow(bundle, flowName, inputs, source);
    const where = result.error?.card ? ` (card "${result.error.card}" of flow "${result.error.flow}")` : "";
    return {
      result: {
        ok: result.ok,
        outputs: result.outputs,
        trace: result.trace,
        ...(result.error ? { error: result.error } : {}),
      },
      text: result.ok
        ? `${flowName} succeeded in ${result.durationMs} ms\n${JSON.stringify(result.outputs, null, 2)}`
        : `${flowName} failed${where}: ${result.error?.message ?? "unknown error"}`,
      exitCode: result.ok ? 0 : 1,
    };
  },
});
