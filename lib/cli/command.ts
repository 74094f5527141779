// Builds an `ib` command from its options and one action: parses arguments, prints the result as text or as
// the JSON the matching route returns (`--json`), and reports any failure the same way (exit 1). A command that
// declares its route (a manifest entry that names it: lib/routes/manifest.ts) runs it on a remote instance with
// `--url`, and locally records that entry's audit event as `local`.
import { parseArgs, type ParseArgsConfig } from "node:util";
import { LOCAL_OWNER } from "../accounts/local";
import { AppError, invalid } from "../errors";
import { type GuardedRouteEntry, ROUTE_MANIFEST, type RouteKey, routeOf, routesOfCommand } from "../routes/manifest";
import { parseJsonText } from "../spec/parse";
import { printJson, reportFailure, type CliIo } from "./io";
import type { RouteAnswer, RouteCall } from "./remote";
import type { RemoteTarget } from "./remote-target";
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

type CommandInput<O extends ParseArgsOptionsConfig> = { values: Values<O>; positionals: string[] };

/** A command's call of its route: `route` only when the manifest names the command at more than one entry. */
export type CommandCall = Omit<RouteCall, "route"> & { route?: RouteKey };

/** How a command maps to its JSON route (for `ib --url` and the audit log). */
export interface CommandRoute<O extends ParseArgsOptionsConfig> {
  /**
   * The route call for these arguments: params, query and body (method and path are those of the manifest entry
   * naming this command; `route` picks one when several do); throws `localOnly(...)` for a form that needs this
   * machine (a local file).
   */
  call(input: CommandInput<O>): CommandCall;
  /** Options that only mean something on this machine: refused with --url rather than ignored. */
  localOptions?: string[];
  /** The command's output from the route's answer. */
  output(answer: RouteAnswer, input: CommandInput<O>): CommandOutput | Promise<CommandOutput>;
}

export interface CommandDefinition<O extends ParseArgsOptionsConfig> {
  /** The command's words, for usage errors: "project show". */
  name: string;
  usage: string;
  options?: O;
  /** How many positional arguments: exactly n, or [min, max]. */
  positionals: number | [number, number];
  run(input: CommandInput<O>): Promise<CommandOutput>;
  /** Absent: the command works on the local database file only. */
  route?: CommandRoute<O>;
}

/** Thrown by a route mapping for a form of the command that has no route. */
export const localOnly = (why: string) => new AppError("unsupported", `${why}; it runs locally only, without --url.`);

/** The command's route call for these arguments, at the manifest entry that names the command (or the one it picks). */
function routeCall<O extends ParseArgsOptionsConfig>(
  definition: CommandDefinition<O>,
  route: CommandRoute<O>,
  input: CommandInput<O>,
): { call: RouteCall; entry: GuardedRouteEntry } {
  const call = route.call(input);
  const naming = routesOfCommand(definition.name);
  const key = call.route ?? (naming.length === 1 ? naming[0] : undefined);
  if (!key || !naming.includes(key))
    throw new AppError(
      "internal",
      `lib/routes/manifest.ts names ib ${definition.name} at ${naming.join(", ") || "no route"}, not ${call.route ?? "one"}`,
    );
  return { call: { ...call, route: key }, entry: ROUTE_MANIFEST[key] as GuardedRouteEntry };
}

async function runLocally<O extends ParseArgsOptionsConfig>(
  definition: CommandDefinition<O>,
  input: CommandInput<O>,
): Promise<CommandOutput> {
  let routed: ReturnType<typeof routeCall<O>> | undefined;
  try {
    if (definition.route) routed = routeCall(definition, definition.route, input);
  } catch (error) {
    // A form without a route has no audit event to name; a command the manifest does not name is a bug.
    if (error instanceof AppError && error.code === "internal") throw error;
  }
  if (!routed) return definition.run(input);
  // Loaded only here, so commands without a route (spec check, run) start without the database.
  const { auditedCall } = await import("../audit/route-audit");
  const { method, pattern } = routeOf(routed.call.route);
  let output: CommandOutput | undefined;
  await auditedCall(
    { method, pattern, params: routed.call.params ?? {}, audit: routed.entry.audit },
    () => LOCAL_OWNER,
    async () => {
      output = await definition.run(input);
      return output.result;
    },
  );
  return output as CommandOutput;
}

async function runRemotely<O extends ParseArgsOptionsConfig>(
  definition: CommandDefinition<O>,
  input: CommandInput<O>,
  target: RemoteTarget,
): Promise<CommandOutput> {
  if (!definition.route)
    throw new AppError(
      "unsupported",
      `ib ${definition.name} works on the local database file only; it has no route to call with --url.`,
    );
  const local = definition.route.localOptions?.find(
    (option) => (input.values as Record<string, unknown>)[option] !== undefined,
  );
  if (local) throw localOnly(`--${local} names something on this machine`);
  const { callRoute } = await import("./remote");
  return definition.route.output(await callRoute(target, routeCall(definition, definition.route, input).call), input);
}

export function defineCommand<O extends ParseArgsOptionsConfig>(definition: CommandDefinition<O>): CliCommand {
  const usage = `${definition.usage} [--json]`;
  return {
    name: definition.name,
    callsRoute: definition.route !== undefined,
    usage,
    async run(args: string[], io: CliIo, target?: RemoteTarget): Promise<number> {
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
        const input = { values: values as Values<O>, positionals };
        const output = target ? await runRemotely(definition, input, target) : await runLocally(definition, input);
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
