// CBDE000003H: flow names are letters, numbers and spaces, without leading or trailing spaces.
// The reserved names have rules of their own (CBDE000005H, CBDE000007H); `_authping` is right for the Authping flow.
import { RESERVED_FLOW_NAMES } from "../../flow/model";
import type { FlowRule } from "../model";

const ALLOWED = /^[A-Za-z0-9 ]+$/;
const RESERVED = new Set<string>(RESERVED_FLOW_NAMES);

export const flowNameCharacters: FlowRule = {
  code: "CBDE000003H",
  severity: "error",
  area: "platform",
  scope: "flow",
  title: "Name of the flow contains a prohibited character",
  fix: "Use only letters, numbers and spaces, with no space at the start or end (the Authping flow is named _authping).",
  check(flow) {
    if (RESERVED.has(flow.name)) return [];
    const at = { field: "name", pointer: "/name" };
    if (flow.name === "")
      return [{ ...at, message: "The flow has no name: name it with letters, numbers and spaces." }];
    if (flow.name !== flow.name.trim())
      return [{ ...at, message: `Flow name "${flow.name}" starts or ends with a space: remove it.` }];
    const bad = [...new Set(flow.name.replace(/[A-Za-z0-9 ]/g, ""))];
    if (!ALLOWED.test(flow.name))
      return [
        {
          ...at,
          message: `Flow name "${flow.name}" contains ${bad.map((c) => JSON.stringify(c)).join(", ")}: use only letters, numbers and spaces.`,
        },
      ];
    return [];
  },
};
