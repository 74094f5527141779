// Switches a flow ON or OFF from any view (Flows tab, project panel) and tells the other open views to reload.
import { callApi, flowUrl, type StoredFlowAnswer } from "@/app/canvas/api";

/** Dispatched on window after flows were switched or added, so every open list of flows reloads. */
export const FLOWS_CHANGED = "ib:flows-changed";

/** Saves the stored flow with `enabled` set; answers the error to show, or undefined when it was switched. */
export async function setFlowEnabled(flowId: string, enabled: boolean): Promise<string | undefined> {
  const current = await callApi<StoredFlowAnswer>("GET", flowUrl(flowId));
  if (!current.ok) return current.body.message ?? "Could not load the flow";
  const answer = await callApi<StoredFlowAnswer>("PUT", flowUrl(flowId), {
    flow: { ...current.body.flow.flow, enabled },
    expectedVersion: current.body.flow.version,
  });
  window.dispatchEvent(new Event(FLOWS_CHANGED));
  return answer.ok ? undefined : (answer.body.message ?? "Could not switch the flow");
}
