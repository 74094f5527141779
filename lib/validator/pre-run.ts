// The check before a flow runs: the structure and mapping errors of the flow, with the flows it calls (loaded by
// name, transitively) so Call Flow targets, their inputs and call cycles are checked too.
import { AppError, type ProblemDetail } from "../errors";
import type { Binding, Flow } from "../flow/model";
import { validateFlow } from "./validate";
import { calledFlowName, fieldPointer, placedCards } from "./walk";

/** Flows loaded for one check, at most (a project rarely has more; the rest are reported as missing). */
const MAX_LOADED_FLOWS = 500;

async function calledFlows(
  flow: Flow,
  loadFlow: (name: string) => Flow | undefined | Promise<Flow | undefined>,
): Promise<Flow[]> {
  const loaded = new Map<string, Flow>();
  const queue = [flow];
  const seen = new Set([flow.name]);
  while (queue.length && loaded.size < MAX_LOADED_FLOWS) {
    const current = queue.shift() as Flow;
    for (const { card, skipped } of placedCards(current.cards)) {
      const name = calledFlowName(card);
      if (name === undefined || skipped || seen.has(name)) continue;
      seen.add(name);
      const target = await loadFlow(name);
      if (!target) continue;
      loaded.set(name, target);
      queue.push(target);
    }
  }
  return [...loaded.values()];
}

/** Throws an AppError listing every structure or mapping error (code, message, pointer) that stops the flow running. */
export async function checkBeforeRun(
  flow: Flow,
  loadFlow: (name: string) => Flow | undefined | Promise<Flow | undefined>,
): Promise<void> {
  const flows = await calledFlows(flow, loadFlow);
  const view = { flows, oinApp: null, tenantVariables: [], authConfigurations: [], passedContracts: [] };
  const errors = validateFlow(flow, view, { areas: ["structure", "mappings"], errorsOnly: true });
  if (!errors.length) return;
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : "";
  throw new AppError(
    "invalid_input",
    `Flow "${flow.name}" cannot run until it is fixed: ${errors[0].message}${more}`,
    errors.map((entry) => ({
      message: `${entry.code} ${entry.message}`,
      location: { pointer: entry.pointer, ...(entry.field !== null && { field: entry.field }) },
    })),
  );
}

/** Every binding of the cards that can run, with its pointer and field. */
function* runnableBindings(flow: Flow): Generator<{ binding: Binding; pointer: string; field: string }> {
  for (const { card, pointer, skipped } of placedCards(flow.cards)) {
    if (skipped) continue;
    for (const [field, binding] of Object.entries(card.inputs))
      yield { binding, pointer: fieldPointer(pointer, "inputs", field), field };
    for (const [index, block] of (card.blocks ?? []).entries())
      for (const group of ["inputs", "results"] as const)
        for (const [field, binding] of Object.entries(block[group] ?? {}))
          yield { binding, pointer: fieldPointer(`${pointer}/blocks/${index}`, group, field), field };
  }
}

/**
 * Throws an AppError naming each tenant variable (`app.<name>`) the flow, or a flow it calls, reads and the run has
 * no value for (its connection does not set it): refused before anything is sent, not at the card that reads it.
 */
export async function checkTenantVariables(
  flow: Flow,
  loadFlow: (name: string) => Flow | undefined | Promise<Flow | undefined>,
  values: Readonly<Record<string, string>>,
): Promise<void> {
  const missing = new Map<string, ProblemDetail>();
  for (const checked of [flow, ...(await calledFlows(flow, loadFlow))]) {
    for (const { binding, pointer, field } of runnableBindings(checked)) {
      if (binding.kind !== "tenantVar" || values[binding.name] !== undefined || missing.has(binding.name)) continue;
      missing.set(binding.name, {
        message: `Flow "${checked.name}" reads tenant variable "${binding.name}" (app.${binding.name}), which this run has no value for.`,
        location: { pointer, field },
      });
    }
  }
  if (!missing.size) return;
  const names = [...missing.keys()].map((name) => `"${name}"`).join(", ");
  throw new AppError(
    "invalid_input",
    `Flow "${flow.name}" cannot run: no value for tenant variable ${names}. Enter it in the connection (Connections tab, Edit), or run with a connection that has it.`,
    [...missing.values()],
  );
}
