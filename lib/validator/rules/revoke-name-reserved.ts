// CBDE000007H: `_revoke` is reserved by the platform; no flow, not even the Revoke flow, may use it.
import type { FlowRule } from "../model";

export const revokeNameReserved: FlowRule = {
  code: "CBDE000007H",
  severity: "error",
  area: "platform",
  scope: "flow",
  title: "Name of the flow cannot be _revoke",
  fix: "Rename the flow: _revoke is reserved (a Revoke flow may have any other name).",
  check(flow) {
    if (flow.name !== "_revoke") return [];
    return [{ field: "name", pointer: "/name", message: "No flow may be named _revoke: rename it." }];
  },
};
