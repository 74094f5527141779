// `ib generate SPEC [--auth SCHEME] --out BUNDLE [--json]`: auth configurations and core flows of a spec, as a bundle.
import { readFile, stat, writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { bundleFromSpec } from "../../bundle/from-spec";
import { parseBundle } from "../../bundle/schema";
import { AppError, invalid } from "../../errors";
import { ingestSpec, specSizeProblem } from "../../spec/ingest";
import { printJson, reportFailure, type CliIo } from "../io";
import type { CliCommand } from "./index";

async function readSpec(file: string): Promise<string> {
  try {
    const tooLarge = specSizeProblem((await stat(file)).size, { fileName: file });
    if (tooLarge) throw new AppError("too_large", tooLarge.message, [tooLarge]);
    return await readFile(file, "utf8");
  } catch (error) {
    if (error instanceof AppError) throw error;
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message;
    throw invalid(`cannot read ${file}: ${reason}`, { file });
  }
}

export const generate: CliCommand = {
  summary: "Generate auth configurations and core flows (httpHelper, _authping, Custom API Action) into a bundle",
  usage: "SPEC [--auth SCHEME | SCHEME/FLOW] --out BUNDLE [--json]",
  async run(args: string[], io: CliIo): Promise<number> {
    const json = args.includes("--json");
    try {
      const { values, positionals } = parseArgs({
        args,
        options: { json: { type: "boolean", default: false }, auth: { type: "string" }, out: { type: "string" } },
        allowPositionals: true,
      });
      const [file, ...extra] = positionals;
      if (!file || extra.length || !values.out) throw invalid(`usage: ib generate ${this.usage}`);

      const ingested = await ingestSpec(await readSpec(file), { fileName: file });
      if (!ingested.ok) throw new AppError("invalid_input", `${file} cannot be used as an OpenAPI spec`, ingested.errors);
      const result = bundleFromSpec(ingested.index, { authScheme: values.auth });
      const bundle = parseBundle(result.bundle, values.out);
      await writeFile(values.out, `${JSON.stringify(bundle, null, 2)}\n`);

      if (json) {
        printJson(io, { ok: true, out: values.out, authNotes: result.authNotes, ping: result.ping, flows: bundle.flows.map((flow) => flow.name) });
        return 0;
      }
      const lines = [`Wrote ${values.out}: ${bundle.authConfigurations.length} auth configuration(s), flows ${bundle.flows.map((flow) => flow.name).join(", ")}.`];
      for (const note of result.authNotes) lines.push(`  ${note.generated ? "+" : "-"} auth ${note.scheme} [${note.kind}]${note.message ? `: ${note.message}` : ""}`);
      const choice = result.ping.choice;
      if (choice) {
        const query = new URLSearchParams(choice.query).toString();
        lines.push(`_authping calls GET ${choice.path}${query ? `?${query}` : ""}: ${choice.reason}.`);
        if (result.ping.candidates.length) lines.push(`  other candidates: ${result.ping.candidates.slice(0, 5).map((c) => c.path).join(", ")}`);
      } else {
        lines.push(`_authping has no operation: ${result.ping.message}`);
      }
      io.out(lines.join("\n"));
      return 0;
    } catch (error) {
      return reportFailure(io, error instanceof TypeError ? invalid(error.message) : error, json);
    }
  },
};
