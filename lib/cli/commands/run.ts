// `ib run BUNDLE --flow NAME [--input JSON] (--connection FILE | --base-url URL [--set KEY=VALUE]...) [--json]`
import { runBundleFlow } from "../../bundle/run";
import { parseBundleText } from "../../bundle/schema";
import { defineCommand, parseInputOption, required } from "../command";
import { CONNECTION_OPTIONS, CONNECTION_USAGE, connectionSource } from "../connection-source";
import { readTextFile } from "../files";

export const run = defineCommand({
  name: "run",
  usage: `BUNDLE --flow NAME [--input JSON] ${CONNECTION_USAGE}`,
  options: {
    flow: { type: "string" },
    input: { type: "string" },
    ...CONNECTION_OPTIONS,
  },
  positionals: 1,
  async run({ values, positionals: [file] }) {
    const flowName = required(values.flow, "flow");
    const source = await connectionSource(values);
    const bundle = parseBundleText(await readTextFile(file), file);
    const inputs = parseInputOption(values.input);

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
