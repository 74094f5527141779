// Validates an auth configuration: the type's JSON Schema, then semantic checks. Returns it with defaults filled.
import { AppError, type ProblemDetail } from "../errors";
import type { AuthConfiguration } from "./model";
import { authType } from "./registry";
import { ajvProblems, invalidDocument } from "../validation/problems";
import { authConfigValidator } from "./schema";
import { checkEndpointUrl } from "./checks";

export function validateAuthConfig(input: unknown): AuthConfiguration {
  if (!input || typeof input !== "object" || Array.isArray(input)) {
    throw new AppError("invalid_input", "An auth configuration must be a JSON object.", [
      { message: "An auth configuration must be a JSON object.", location: { pointer: "" } },
    ]);
  }
  const definition = authType((input as { type?: unknown }).type);
  const config = structuredClone(input) as AuthConfiguration;
  const validate = authConfigValidator(definition);
  const problems: ProblemDetail[] = validate(config) ? [] : ajvProblems(validate.errors ?? []);

  if (!problems.length) {
    for (const field of definition.settings) {
      const value = config.settings[field.key];
      if (!field.endpoint || typeof value !== "string" || value === "") continue;
      const problem = checkEndpointUrl(value, `/settings/${field.key}`, field.label);
      if (problem) problems.push(problem);
    }
    const taken = new Set(definition.credentials.map((field) => field.key));
    config.parameters.forEach((parameter, i) => {
      if (taken.has(parameter.key)) {
        problems.push({
          message: `Parameter key "${parameter.key}" is already used by another field.`,
          location: { pointer: `/parameters/${i}/key` },
        });
      }
      taken.add(parameter.key);
      if (parameter.type === "dropdown" && !parameter.values?.length) {
        problems.push({
          message: `Dropdown parameter "${parameter.label}" needs at least one value.`,
          location: { pointer: `/parameters/${i}/values` },
        });
      }
    });
    const configKeys = new Set<string>();
    config.configValues.forEach((value, i) => {
      if (configKeys.has(value.key) || taken.has(value.key)) {
        problems.push({
          message: `Config value key "${value.key}" is already used.`,
          location: { pointer: `/configValues/${i}/key` },
        });
      }
      configKeys.add(value.key);
    });
  }
  if (problems.length) throw invalidDocument(`The auth configuration "${config.name ?? ""}"`, problems);
  return config;
}
