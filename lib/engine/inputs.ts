// A flow's inputs are checked against its event card before any card runs.
import type { ProblemDetail } from "../errors";
import type { Flow } from "../flow/model";
import { describeValueType, hasValueType } from "../flow/value-types";
import { describeType } from "../cards/values";

export function inputProblems(flow: Flow, inputs: Record<string, unknown>): ProblemDetail[] {
  const problems: ProblemDetail[] = [];
  for (const spec of [...flow.event.inputs, ...flow.event.options]) {
    const value = inputs[spec.key];
    if (value === undefined || value === null) {
      if (spec.required) problems.push({ message: `input "${spec.key}" is required`, location: { field: spec.key } });
    } else if (!hasValueType(value, spec.type)) {
      problems.push({
        message: `input "${spec.key}" must be ${describeValueType(spec.type)}, got ${describeType(value)}`,
        location: { field: spec.key },
      });
    } else if (spec.enum && !spec.enum.includes(String(value))) {
      problems.push({
        message: `input "${spec.key}" must be one of: ${spec.enum.join(", ")}`,
        location: { field: spec.key },
      });
    }
  }
  return problems;
}
