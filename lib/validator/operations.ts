// Which contracts the project implements with ON action flows, and the OIN Wizard's all-or-none operation groups.
import type { ValidationContext } from "./model";

/** OIN Wizard toggles: enabling one asks for a flow for every operation in it. */
export const ALL_OR_NONE_GROUPS = ["groupOperations", "groupMembership"] as const;

/** Contract name -> the name of an ON action flow implementing it. */
export function onActionContracts(context: ValidationContext): Map<string, string> {
  const built = new Map<string, string>();
  for (const flow of context.project.flows)
    if (flow.enabled && flow.kind === "action" && flow.event.contract && !built.has(flow.event.contract))
      built.set(flow.event.contract, flow.name);
  return built;
}
