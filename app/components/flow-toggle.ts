// Switches a flow ON or OFF from any view (Flows tab, project panel, canvas) and tells the other open views at once.
import { callApi, flowUrl } from "@/app/canvas/api";

/** Dispatched on window after flows were switched or added, so every open list of flows reloads. */
export const FLOWS_CHANGED = "ib:flows-changed";

/** The detail of a FLOWS_CHANGED event sent by a switch: which flow is now ON or OFF. */
export interface FlowSwitched {
  flowId: string;
  enabled: boolean;
}

/** One operation, not a save: no new version, and an open editor's next save is no conflict. */
export async function setFlowEnabled(flowId: string, enabled: boolean): Promise<string | undefined> {
  const answer = await callApi("POST", `${flowUrl(flowId)}/enabled`, { enabled });
  if (!answer.ok) return answer.body.message ?? "Could not switch the flow";
  window.dispatchEvent(new CustomEvent<FlowSwitched>(FLOWS_CHANGED, { detail: { flowId, enabled } }));
  return undefined;
}
