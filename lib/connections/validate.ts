// Validates a ConnectionConfig: the shared JSON Schema, then what its auth configuration requires.
import { checkPem } from "../auth/checks";
import { connectionParameters } from "../auth/mapping";
import type { AuthConfiguration } from "../auth/model";
import { AppError, type ProblemDetail } from "../errors";
import { SECRET_MASK } from "../secrets/mask";
import type { ServerIndex } from "../spec/types";
import { formatPointer } from "../validation/pointer";
import { ajvProblems, invalidDocument } from "../validation/problems";
import { parameterSlot, type ValueSlot } from "./fields";
import type { ConnectionConfig } from "./model";
import { connectionConfigValidator } from "./schema";

/** Where a connection parameter's value lives: its own slot, or the tenant variable it is mapped to. */
export const valueSlot = (authConfig: AuthConfiguration | undefined, key: string): ValueSlot =>
  parameterSlot(authConfig?.mapping ?? {}, key);

export function validateConnectionConfig(
  input: unknown,
  authConfig?: AuthConfiguration,
  servers?: ServerIndex[],
): ConnectionConfig {
  if (!input || typeof input !== "object" || Array.isArray(input)) {
    throw new AppError("invalid_input", "A connection must be a JSON object.", [
      { message: "must be a JSON object", location: { pointer: "" } },
    ]);
  }
  const config = structuredClone(input) as ConnectionConfig;
  const validate = connectionConfigValidator();
  const problems: ProblemDetail[] = validate(config) ? [] : ajvProblems(validate.errors ?? []);
  if (!problems.length && authConfig) {
    for (const parameter of connectionParameters(authConfig, servers)) {
      const slot = valueSlot(authConfig, parameter.key);
      const value =
        config[slot.in][slot.name] ??
        (parameter.defaultValue !== undefined && slot.in === "parameters" ? parameter.defaultValue : undefined);
      const pointer = formatPointer([slot.in, slot.name]);
      if (value === undefined || value === "") {
        if (parameter.required)
          problems.push({ message: `${parameter.label} is required.`, location: { pointer, field: parameter.key } });
        continue;
      }
      if (value === SECRET_MASK) continue;
      if (parameter.values && !parameter.values.includes(value)) {
        problems.push({
          message: `${parameter.label} must be one of ${parameter.values.join(", ")}.`,
          location: { pointer, field: parameter.key },
        });
      }
      if (parameter.kind === "pem") {
        const problem = checkPem(
          value,
          parameter.key === "privateKey" ? "privateKey" : "certificate",
          pointer,
          parameter.label,
        );
        if (problem) problems.push(problem);
      }
    }
  }
  if (problems.length) throw invalidDocument("The connection", problems);
  return config;
}
