// CBDE000002H: a flow starts with the event card of its kind; an action flow's card names a known contract.
import { EVENT_FOR_KIND, type FlowKind } from "../../flow/model";
import type { FlowRule } from "../model";

const EVENTS = new Set<string>(Object.values(EVENT_FOR_KIND));

export const eventCard: FlowRule = {
  code: "CBDE000002H",
  severity: "error",
  area: "platform",
  scope: "flow",
  title: "Flow has a forbidden or unrecognized event card",
  fix: "Start the flow with the event card of its kind (Helper Flow, Authping, Revoke, Custom API Action, an action contract, Test).",
  check(flow, context) {
    const type = flow.event.type as string;
    if (type === "") return []; // no event card at all: IB1001
    const at = { field: "event", pointer: "/event/type" };
    if (!EVENTS.has(type))
      return [
        { ...at, message: `Event card "${type}" is not one the platform knows; use the event of a ${flow.kind} flow.` },
      ];
    const expected = Object.hasOwn(EVENT_FOR_KIND, flow.kind) ? EVENT_FOR_KIND[flow.kind as FlowKind] : undefined;
    if (expected !== type)
      return [
        {
          ...at,
          message: expected
            ? `A ${flow.kind} flow starts with the "${expected}" event card, not "${type}".`
            : `Flow kind "${flow.kind}" is unknown, so no event card fits it; use helper, authping, revoke, customApiAction, action or test.`,
        },
      ];
    if (flow.kind !== "action" || !context.hasContracts) return [];
    const contract = flow.event.contract;
    if (!contract)
      return [{ field: "contract", pointer: "/event", message: "The action card names no contract: choose one." }];
    if (!context.contract(contract))
      return [
        {
          field: "contract",
          pointer: "/event/contract",
          message: `Contract "${contract}" is not an action contract; choose one from the contract list.`,
        },
      ];
    return [];
  },
};
