// Config values from helper flows: computed once per run, before the flow runs, by running each helper flow through
// the connection. The one mechanism behind stored runs (lib/flows/run.ts) and bundle runs (lib/bundle/run.ts).
import type { AuthConfiguration } from "../auth/model";
import type { HelperConfigValue, ResolvedConnection } from "../connections/model";
import { runFlow } from "../engine/run";
import { AppError, type ProblemDetail } from "../errors";
import { allCards, type Binding, type Flow } from "../flow/model";
import { createHttpClient } from "../http/client";
import type { HttpClient } from "../http/types";
import { registerSecrets } from "../log";

type LoadFlow = (name: string) => Flow | undefined | Promise<Flow | undefined>;

const missingFlowMessage = (label: string, flow: string) =>
  `Config value "${label}" needs helper flow "${flow}", which does not exist.`;

/** Helper-flow config values of a configuration that name no flow in `flowNames` (saving them is allowed: the flow may come later). */
export function helperFlowProblems(config: AuthConfiguration, flowNames: ReadonlySet<string>): ProblemDetail[] {
  const problems: ProblemDetail[] = [];
  config.configValues.forEach((value, i) => {
    if (value.source.kind !== "helperFlow" || flowNames.has(value.source.flow)) return;
    problems.push({
      message: missingFlowMessage(value.label, value.source.flow),
      location: { pointer: `/configValues/${i}/source/flow`, field: value.key },
    });
  });
  return problems;
}

const failure = (value: HelperConfigValue, message: string) =>
  new AppError("invalid_input", message, [{ message, location: { field: value.key } }]);

/** Names of the connection parameters a flow and the flows it calls bind (`connectionParam`). */
async function parametersUsed(flow: Flow, loadFlow: LoadFlow, seen = new Set<string>()): Promise<Set<string>> {
  const used = new Set<string>();
  if (seen.has(flow.name)) return used;
  seen.add(flow.name);
  const collect = (bindings: Record<string, Binding> | undefined) => {
    for (const binding of Object.values(bindings ?? {})) if (binding.kind === "connectionParam") used.add(binding.name);
  };
  for (const card of allCards(flow.cards)) {
    collect(card.inputs);
    for (const block of card.blocks ?? []) {
      collect(block.inputs);
      collect(block.results);
    }
    const called = card.options?.flow;
    const callee = typeof called === "string" && !seen.has(called) ? await loadFlow(called) : undefined;
    if (callee) for (const name of await parametersUsed(callee, loadFlow, seen)) used.add(name);
  }
  return used;
}

/** The helper's output named like the config value's key or, when it returns exactly one output, that one; as text. */
function valueFrom(outputs: Record<string, unknown>, value: HelperConfigValue): { name: string; text: string } {
  const names = Object.keys(outputs).filter((name) => outputs[name] !== undefined && outputs[name] !== null);
  const name = names.includes(value.key) ? value.key : names.length === 1 ? names[0] : undefined;
  if (name === undefined) {
    const got = names.length
      ? `returned ${names.map((found) => `"${found}"`).join(", ")} but no output named "${value.key}"`
      : "returned no output";
    throw failure(value, `Config value "${value.label}": helper flow "${value.flow}" ${got}.`);
  }
  const output = outputs[name];
  const text =
    typeof output === "string" ? output : typeof output === "object" ? JSON.stringify(output) : String(output);
  return { name, text };
}

/**
 * The connection with every helper-flow config value computed: in `auth.values` and `parameters` like static ones,
 * password values added to `secretValues`. A helper runs with the connection (its HTTP client and the values known
 * so far), after the config values it binds; one that needs its own value, directly or through others, is an error.
 * `watch` wraps each helper run's client (the run's guard of its actor's roles).
 */
export async function withHelperConfigValues(
  connection: ResolvedConnection,
  loadFlow: LoadFlow,
  watch: (client: HttpClient) => HttpClient = (client) => client,
): Promise<ResolvedConnection> {
  const pending = connection.helperConfigValues ?? [];
  if (!pending.length) return connection;
  const resolved: ResolvedConnection = {
    ...connection,
    auth: { ...connection.auth, values: { ...connection.auth.values } },
    parameters: { ...connection.parameters },
    secretValues: [...connection.secretValues],
    helperConfigValues: [],
  };
  const done = new Set<string>();
  const computing: HelperConfigValue[] = [];

  async function compute(value: HelperConfigValue): Promise<void> {
    if (done.has(value.key)) return;
    const cycleStart = computing.indexOf(value);
    if (cycleStart >= 0) {
      const chain = [...computing.slice(cycleStart), value]
        .map((item) => `"${item.label}" (helper flow "${item.flow}")`)
        .join(" needs ");
      throw failure(value, `Config value "${value.label}" needs its own value: ${chain}.`);
    }
    const flow = await loadFlow(value.flow);
    if (!flow) throw failure(value, missingFlowMessage(value.label, value.flow));
    computing.push(value);
    const used = await parametersUsed(flow, loadFlow);
    for (const other of pending) if (used.has(other.key)) await compute(other);
    const result = await runFlow({
      flow,
      inputs: {},
      loadFlow,
      http: watch(createHttpClient(resolved)),
      context: {
        parameters: resolved.parameters,
        tenantVariables: resolved.tenantVariables,
        secretValues: resolved.secretValues,
      },
      revealOutputs: true,
    });
    if (!result.ok) {
      const where = result.error?.card ? ` at card "${result.error.card}" of flow "${result.error.flow}"` : "";
      throw failure(
        value,
        `Config value "${value.label}": helper flow "${value.flow}" failed${where}: ${result.error?.message ?? "unknown error"}`,
      );
    }
    const { name, text: computed } = valueFrom(result.outputs, value);
    resolved.auth.values[value.key] = resolved.parameters[value.key] = computed;
    // A value computed from a secret is a secret, whatever its declared type.
    if ((value.type === "password" || result.secretOutputs?.includes(name)) && computed) {
      resolved.secretValues.push(computed);
      registerSecrets([computed]);
    }
    computing.pop();
    done.add(value.key);
  }

  // Errors of a helper run come sanitized with the secrets known so far; the rest name only labels, keys and flows.
  for (const value of pending) await compute(value);
  return resolved;
}
