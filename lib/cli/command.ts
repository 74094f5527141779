// Builds an `ib` command from its options and one action: parses arguments, prints the result as text or as
// the JSON the matching route returns (`--json`), and reports any failure the same way (exit 1).
import { parseArgs, type ParseArgsConfig } from "node:util";
import { AppError, invalid } from "../errors";
import { parseJsonText } from "../spec/parse";
import { printJson, reportFailure, type CliIo } from "./io";
import type { CliCommand } from "./commands";

type ParseArgsOptionsConfig = NonNullable<ParseArgsConfig["options"]>;
type Values<O extends ParseArgsOptionsConfig> = ReturnType<
  typeof parseArgs<{ args: string[]; options: O; allowPositionals: true }>
>["values"];

export interface CommandOutput {
  /** What `--json` prints: the shape the JSON route returns. */
  result: unknown;
  text: string;
  /** 1 when the operation ran but did not succeed (a flow run that failed). */
  exitCode?: number;
}

export interface CommandDefinition<O extends ParseArgsOptionsConfig> {
  /** The command's words, for usage errors: "project show". */
  name: string;
  usage: string;
  options?: O;
  /** How many positional arguments: exactly n, or [min, max]. */
  positionals: number | [number, number];
  run(input: { values: Values<O>; positionals: string[] }): Promise<CommandOutput>;
}

export function defineCommand<O extends ParseArgsOptionsConfig>(definition: CommandDefinition<O>): CliCommand {
  const usage = `${definition.usage} [--json]`;
  return {
    usage,
    async run(args: string[], io: CliIo): Promise<number> {
      const json = args.includes("--json");
      try {
        const options: ParseArgsOptionsConfig = { ...definition.options, json: { type: "boolean" } };
        const { values, positionals } = parseArgsOrExplain(args, options);
        const [min, max] =
          typeof definition.positionals === "number"
            ? [definition.positionals, definition.positionals]
            : definition.positionals;
        if (positionals.length < min || positionals.length > max)
          throw invalid(`usage: ib ${definition.name} ${usage}`);
        const output = await definition.run({ values: values as Values<O>, positionals });
        if (json) printJson(io, output.result);
        else io.out(output.text);
        return output.exitCode ?? 0;
      } catch (error) {
        return reportFailure(io, error, json);
      }
    },
  };
}

function parseArgsOrExplain(args: string[], options: ParseArgsOptionsConfig) {
  try {
    return parseArgs({ args, options, allowPositionals: true });
  } catch (error) {
    throw invalid((error as Error).message);
  }
}

/** `--set KEY=VALUE` pairs as a record (an empty VALUE is kept: it clears). */
export function parseAssignments(pairs: string[] | undefined, option: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const pair of pairs ?? []) {
    const at = pair.indexOf("=");
    if (at <= 0) throw invalid(`--${option} takes KEY=VALUE (got "${pair}")`, { field: option });
    values[pair.slice(0, at)] = pair.slice(at + 1);
  }
  return values;
}

/** Deleting asks for `--yes`: the CLI has no prompt to confirm with. */
export function requireYes(yes: boolean | undefined, what: string): void {
  if (yes !== true) throw invalid(`Deleting ${what} cannot be undone: add --yes to confirm.`, { field: "yes" });
}

export const YES_OPTION = { yes: { type: "boolean" } } as const;

/** "name (id)" lines, or a note when there are none. */
export function listText(items: string[], none: string): string {
  return items.length ? items.join("\n") : none;
}

/** The value of an option the command cannot do without. */
export function required(value: string | undefined, option: string): string {
  if (!value) throw invalid(`--${option} is required`, { field: option });
  return value;
}

/** `--input` is an inline JSON object of flow inputs; a syntax error says where in it. */
export function parseInputOption(text: string | undefined): Record<string, unknown> {
  if (text === undefined) return {};
  const parsed = parseJsonText(text);
  if (!parsed.ok) {
    const problems = parsed.errors.map((problem) => ({
      ...problem,
      location: { ...problem.location, field: "input" },
    }));
    throw new AppError("invalid_input", `--input is not valid JSON: ${problems[0].message}`, problems);
  }
  const inputs = parsed.document;
  if (!inputs || typeof inputs !== "object" || Array.isArray(inputs))
    throw invalid("--input must be a JSON object", { field: "input" });
  return inputs as Record<string, unknown>;
}
