// What regenerating core flows would do to each one; a flow the user changed is never overwritten silently.
import type { Flow } from "../flow/model";
import { flowContentHash } from "../flows/hash";
import type { CoreFlowId } from "./context";
import type { GeneratedCoreFlow } from "./core-flows";

export type PlanAction = "create" | "update" | "unchanged" | "edited";

/** For a flow the user edited: keep theirs, save the new one as a copy, or (explicitly) replace theirs with a new version. */
export type EditedDecision = "skip" | "copy" | "overwrite";

export interface PlanEntry {
  core: CoreFlowId;
  name: string;
  action: PlanAction;
  /** The stored flow it concerns (update / unchanged / edited). */
  flowId?: string;
  version?: number;
  /** The name a copy would get ("httpHelper (regenerated)"). */
  copyName?: string;
  message: string;
}

export interface StoredFlowState {
  id: string;
  name: string;
  version: number;
  generatedHash: string | null;
  flow: Flow;
}

function copyNameFor(name: string, taken: Set<string>): string {
  let candidate = `${name} (regenerated)`;
  for (let n = 2; taken.has(candidate); n++) candidate = `${name} (regenerated ${n})`;
  return candidate;
}

export function planRegeneration(generated: GeneratedCoreFlow[], stored: StoredFlowState[]): PlanEntry[] {
  const byName = new Map(stored.map((flow) => [flow.name, flow]));
  const taken = new Set(stored.map((flow) => flow.name));
  return generated.map(({ core, flow }) => {
    const existing = byName.get(flow.name);
    if (!existing)
      return { core, name: flow.name, action: "create", message: `"${flow.name}" will be created in ${flow.folder}.` };
    const current = flowContentHash(existing.flow);
    const base = { core, name: flow.name, flowId: existing.id, version: existing.version };
    if (existing.generatedHash === null || existing.generatedHash !== current) {
      const copyName = copyNameFor(flow.name, taken);
      taken.add(copyName);
      const why =
        existing.generatedHash === null
          ? "was not generated (someone created it)"
          : "was changed since it was generated";
      return {
        ...base,
        action: "edited",
        copyName,
        message: `"${flow.name}" ${why}; it is kept as it is unless you choose otherwise. The new version can be saved as "${copyName}".`,
      };
    }
    if (current === flowContentHash(flow))
      return { ...base, action: "unchanged", message: `"${flow.name}" is already up to date.` };
    return {
      ...base,
      action: "update",
      message: `"${flow.name}" will be updated to version ${existing.version + 1} (the previous version is kept in its history).`,
    };
  });
}
