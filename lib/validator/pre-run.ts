// The check before a flow runs: the structure and mapping errors of the flow, with the flows it calls (loaded by
// name, transitively) so Call Flow targets, their inputs and call cycles are checked too.
import { AppError } from "../errors";
import type { Flow } from "../flow/model";
import { validateFlow } from "./validate";
import { calledFlowName, placedCards } from "./walk";

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
