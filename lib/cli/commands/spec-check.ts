// `ib spec check FILE [--json]`: ingests a spec exactly as an upload would and reports what the builder sees.
import { parseArgs } from "node:util";
import { invalid, type ProblemDetail } from "../../errors";
import type { SecuritySchemeIndex, SpecIndex } from "../../spec/types";
import { formatProblems, printJson, reportFailure, type CliIo } from "../io";
import { localOnly } from "../command";
import type { RemoteTarget } from "../remote-target";
import { ingestSpecFile } from "../spec-file";
import type { CliCommand } from "./index";

export const specCheck: CliCommand = {
  name: "spec check",
  callsRoute: false,
  usage: "FILE [--json]",
  async run(args: string[], io: CliIo, target?: RemoteTarget): Promise<number> {
    if (target)
      return reportFailure(io, localOnly("ib spec check reads a file on this machine"), args.includes("--json"));
    let parsed: { values: { json?: boolean }; positionals: string[] };
    try {
      parsed = parseArgs({ args, options: { json: { type: "boolean", default: false } }, allowPositionals: true });
    } catch (error) {
      return reportFailure(io, invalid((error as Error).message), args.includes("--json"));
    }
    const json = parsed.values.json === true;
    const [file, ...extra] = parsed.positionals;
    if (!file || extra.length) return reportFailure(io, invalid("usage: ib spec check FILE [--json]"), json);

    let result: Awaited<ReturnType<typeof ingestSpecFile>>;
    try {
      result = await ingestSpecFile(file);
    } catch (error) {
      return reportFailure(io, error, json);
    }
    if (json) {
      printJson(io, {
        ok: true,
        oasVersion: result.index.oasVersion,
        title: result.index.title,
        operations: result.index.operations.length,
        webhooks: result.index.webhooks.length,
        securitySchemes: result.index.securitySchemes.map(schemeSummary),
        warnings: result.warnings,
      });
    } else {
      io.out(readableSummary(file, result.index, result.warnings));
    }
    return 0;
  },
};

function schemeSummary(scheme: SecuritySchemeIndex) {
  return {
    name: scheme.name,
    type: scheme.type,
    ...(scheme.in ? { in: scheme.in } : {}),
    ...(scheme.scheme ? { scheme: scheme.scheme } : {}),
    ...(scheme.flows ? { flows: scheme.flows.map((flow) => flow.flow) } : {}),
  };
}

function readableSummary(file: string, index: SpecIndex, warnings: ProblemDetail[]): string {
  const schemes = index.securitySchemes.map((scheme) => {
    const detail = scheme.in ?? scheme.scheme ?? scheme.flows?.map((flow) => flow.flow).join(", ");
    return `  - ${scheme.name}: ${scheme.type}${detail ? ` (${detail})` : ""}`;
  });
  const lines = [
    `${file}: OK — ${index.title || "(untitled)"} ${index.version} (OpenAPI ${index.oasVersion})`,
    `operations: ${index.operations.length}, webhooks: ${index.webhooks.length}`,
    `security schemes: ${schemes.length ? `\n${schemes.join("\n")}` : "none"}`,
  ];
  if (warnings.length) lines.push(`warnings (${warnings.length}):\n${formatProblems(warnings)}`);
  return lines.join("\n");
}
