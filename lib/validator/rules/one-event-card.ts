// IB1001: every flow starts with exactly one event card.
import type { FlowRule } from "../model";

export const oneEventCard: FlowRule = {
  code: "IB1001",
  severity: "error",
  area: "structure",
  scope: "flow",
  title: "Flow has no event card",
  fix: "Add the event card of the flow's kind (Add event).",
  check(flow) {
    if ((flow.event.type as string) !== "") return [];
    return [{ field: "event", pointer: "/event", message: "The flow has no event card: add the event of its kind." }];
  },
};
