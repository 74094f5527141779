// CBDE000005H: `_authping` is the Authping flow's name and no other flow's.
import type { FlowRule } from "../model";

export const authpingNameReserved: FlowRule = {
  code: "CBDE000005H",
  severity: "error",
  area: "platform",
  scope: "flow",
  title: "Name of the flow cannot be _authping",
  fix: "Rename the flow: _authping is reserved for the Authping flow.",
  check(flow) {
    if (flow.name !== "_authping" || flow.kind === "authping") return [];
    return [
      {
        field: "name",
        pointer: "/name",
        message: `This ${flow.kind} flow is named _authping, which only the Authping flow may be: rename it.`,
      },
    ];
  },
};
