// `ib auth generate SPEC [--scheme NAME]... [--json]`: the auth configurations the spec's security schemes yield.
import { readFile, stat } from "node:fs/promises";
import { parseArgs } from "node:util";
import { generateAuthConfigs } from "../../auth/generate";
import { AppError, invalid } from "../../errors";
import { ingestSpec, specSizeProblem } from "../../spec/ingest";
import { printJson, reportFailure, type CliIo } from "../io";
import type { CliCommand } from "./index";

export const authGenerate: CliCommand = {
  summary: "Generate auth configurations from a spec's security schemes",
  usage: "SPEC [--scheme NAME | NAME/FLOW]... [--json]",
  async run(args: string[], io: CliIo): Promise<number> {
    let parsed;
    try {
      parsed = parseArgs({
        args,
        options: { json: { type: "boolean", default: false }, scheme: { type: "string", multiple: true } },
        allowPositionals: true,
      });
    } catch (error) {
      return reportFailure(io, invalid((error as Error).message), args.includes("--json"));
    }
    const json = parsed.values.json === true;
    const [file, ...extra] = parsed.positionals;
    if (!file || extra.length) return reportFailure(io, invalid(`usage: ib auth generate ${this.usage}`), json);

    let text: string;
    try {
      const tooLarge = specSizeProblem((await stat(file)).size, { fileName: file });
      if (tooLarge) return reportFailure(io, new AppError("too_large", tooLarge.message, [tooLarge]), json);
      text = await readFile(file, "utf8");
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message;
      return reportFailure(io, invalid(`cannot read ${file}: ${reason}`, { file }), json);
    }
    const ingested = await ingestSpec(text, { fileName: file });
    if (!ingested.ok) return reportFailure(io, new AppError("invalid_input", `${file} cannot be used as an OpenAPI spec`, ingested.errors), json);

    try {
      const result = generateAuthConfigs(ingested.index, parsed.values.scheme);
      if (json) printJson(io, { ok: true, ...result });
      else {
        const lines = result.notes.map((note) => {
          const head = `${note.generated ? "+" : "-"} ${note.scheme} [${note.kind}]`;
          const config = result.configurations.find((candidate) => candidate.sourceScheme === note.sourceScheme);
          return `${head}${config ? ` -> ${config.type} "${config.name}"` : ""}${note.message ? `\n    ${note.message}` : ""}`;
        });
        io.out(lines.length ? lines.join("\n") : `${file} declares no security schemes.`);
      }
      return 0;
    } catch (error) {
      return reportFailure(io, error, json);
    }
  },
};
