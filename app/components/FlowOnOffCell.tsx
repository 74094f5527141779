// The ON/OFF cell of a flow's row in the Flows tab and an action's panel: one switch, one wording, one label.
import { useRights } from "./Allowed";
import type { FlowSummary } from "@/lib/flows/summary";
import { setFlowEnabled } from "./flow-toggle";

export function FlowOnOffCell({ flow, onProblem }: { flow: FlowSummary; onProblem: (message: string) => void }) {
  const rights = useRights()("POST /api/flows/[flowId]/enabled");
  const toggle = async () => {
    const problem = await setFlowEnabled(flow.id, !flow.enabled);
    if (problem) onProblem(problem);
  };
  return (
    <td>
      <label className="ed-check">
        <input
          type="checkbox"
          checked={flow.enabled}
          onChange={toggle}
          {...rights}
          aria-label={`${flow.name} is ${flow.enabled ? "ON" : "OFF"}`}
        />{" "}
        {flow.enabled ? "ON" : "OFF"}
      </label>
    </td>
  );
}
