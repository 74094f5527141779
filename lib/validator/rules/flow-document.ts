// IB1000: a flow that does not match the flow schema (docs/flow.schema.json), beyond what other rules report.
import type { FlowRule } from "../model";

export const flowDocument: FlowRule = {
  code: "IB1000",
  severity: "error",
  area: "structure",
  scope: "flow",
  title: "Flow document does not match the flow schema",
  fix: "Correct the property at the pointer so the flow matches docs/flow.schema.json.",
  check(flow, context) {
    return (context.project.documentProblems?.get(flow) ?? []).map((problem) => ({
      pointer: problem.pointer,
      message: `${problem.pointer || "The flow"}: ${problem.message}.`,
    }));
  },
};
