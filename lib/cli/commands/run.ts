// `ib run BUNDLE --flow NAME [--input JSON] (--connection FILE | --base-url URL [--set KEY=VALUE]...) [--json]`
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { runBundleFlow, type BundleConnectionSource } from "../../bundle/run";
import { parseBundleText } from "../../bundle/schema";
import { AppError, invalid } from "../../errors";
import { printJson, reportFailure, type CliIo } from "../io";
import type { CliCommand } from "./index";

async function readText(file: string, what: string): Promise<string> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message;
    throw invalid(`cannot read ${what} ${file}: ${reason}`, { file });
  }
}

function parseJson(text: string, what: string, file?: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw invalid(`${what} is not valid JSON: ${(error as Error).message}`, { file, field: file ? undefined : what });
  }
}

function parseSettings(pairs: string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const pair of pairs) {
    const at = pair.indexOf("=");
    if (at <= 0) throw invalid(`--set takes KEY=VALUE (got "${pair}")`, { field: "set" });
    values[pair.slice(0, at)] = pair.slice(at + 1);
  }
  return values;
}

export const run: CliCommand = {
  summary: "Run a flow of a bundle against an API through a connection",
  usage: "BUNDLE --flow NAME [--input JSON] (--connection FILE | --base-url URL [--set KEY=VALUE]...) [--json]",
  async run(args: string[], io: CliIo): Promise<number> {
    const json = args.includes("--json");
    try {
      const { values, positionals } = parseArgs({
        args,
        options: {
          json: { type: "boolean", default: false },
          flow: { type: "string" },
          input: { type: "string" },
          connection: { type: "string" },
          "base-url": { type: "string" },
          set: { type: "string", multiple: true },
        },
        allowPositionals: true,
      });
      const [file, ...extra] = positionals;
      if (!file || extra.length || !values.flow) throw invalid(`usage: ib run ${this.usage}`);
      if (!values.connection === !values["base-url"]) throw invalid("Give exactly one of --connection FILE or --base-url URL.", { field: "connection" });
      if (values.connection && values.set?.length) throw invalid("--set goes with --base-url; put parameter values in the connection file.", { field: "set" });

      const bundle = parseBundleText(await readText(file, "bundle"), file);
      const inputs = values.input === undefined ? {} : parseJson(values.input, "--input");
      if (!inputs || typeof inputs !== "object" || Array.isArray(inputs)) throw invalid("--input must be a JSON object", { field: "input" });
      const source: BundleConnectionSource = values.connection
        ? { kind: "config", config: parseJson(await readText(values.connection, "connection"), "The connection file", values.connection) }
        : { kind: "baseUrl", baseUrl: values["base-url"]!, values: parseSettings(values.set ?? []) };

      const result = await runBundleFlow(bundle, values.flow, inputs as Record<string, unknown>, source);
      if (json) {
        printJson(io, { ok: result.ok, outputs: result.outputs, trace: result.trace, ...(result.error ? { error: result.error } : {}) });
      } else if (result.ok) {
        io.out(`${values.flow} succeeded in ${result.durationMs} ms\n${JSON.stringify(result.outputs, null, 2)}`);
      } else {
        const where = result.error?.card ? ` (card "${result.error.card}" of flow "${result.error.flow}")` : "";
        io.err(`${values.flow} failed${where}: ${result.error?.message ?? "unknown error"}`);
      }
      return result.ok ? 0 : 1;
    } catch (error) {
      const failure = error instanceof AppError ? error : error instanceof TypeError ? invalid(error.message) : error;
      return reportFailure(io, failure, json);
    }
  },
};
