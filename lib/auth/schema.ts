// One JSON Schema per auth type, derived from its definition; ajv validates forms, the API and the CLI with it.
import Ajv, { type ErrorObject, type ValidateFunction } from "ajv";
import type { AuthFieldDef, AuthTypeDefinition, AuthTypeId } from "./model";

export function fieldSchema(field: AuthFieldDef): Record<string, unknown> {
  const withDefault = (schema: Record<string, unknown>) =>
    field.default === undefined ? schema : { ...schema, default: field.default };
  switch (field.kind) {
    case "boolean":
      return withDefault({ type: "boolean" });
    case "scopes":
      return withDefault({
        type: "array",
        items: { type: "string", minLength: 1, pattern: "^\\S+$" },
        uniqueItems: true,
      });
    case "select":
      return withDefault({ type: "string", enum: field.options });
    default:
      return withDefault(field.required ? { type: "string", minLength: 1 } : { type: "string" });
  }
}

const parameterSchema = {
  type: "object",
  required: ["label", "key", "type"],
  additionalProperties: false,
  properties: {
    label: { type: "string", minLength: 1 },
    key: { type: "string", pattern: "^[A-Za-z_][A-Za-z0-9_.-]*$" },
    type: { enum: ["text", "password", "dropdown"] },
    values: { type: "array", items: { type: "string" } },
    in: { enum: ["header", "query", "cookie"] },
    name: { type: "string", minLength: 1 },
    prefix: { type: "string" },
  },
};

const configValueSchema = {
  type: "object",
  required: ["label", "key", "source", "type", "visible"],
  additionalProperties: false,
  properties: {
    label: { type: "string", minLength: 1 },
    key: { type: "string", pattern: "^[A-Za-z_][A-Za-z0-9_.-]*$" },
    source: {
      oneOf: [
        {
          type: "object",
          required: ["kind", "value"],
          additionalProperties: false,
          properties: { kind: { const: "static" }, value: { type: "string" } },
        },
        {
          type: "object",
          required: ["kind", "flow"],
          additionalProperties: false,
          properties: { kind: { const: "helperFlow" }, flow: { type: "string", minLength: 1 } },
        },
      ],
    },
    type: { enum: ["text", "password"] },
    visible: { type: "boolean", default: true },
  },
};

export function authConfigSchema(definition: AuthTypeDefinition): Record<string, unknown> {
  return {
    type: "object",
    required: ["name", "type", "settings"],
    additionalProperties: false,
    properties: {
      id: { type: "string" },
      name: { type: "string", minLength: 1, maxLength: 200 },
      type: { const: definition.id },
      settings: {
        type: "object",
        default: {},
        additionalProperties: false,
        required: definition.settings.filter((field) => field.required).map((field) => field.key),
        properties: Object.fromEntries(definition.settings.map((field) => [field.key, fieldSchema(field)])),
      },
      parameters: { type: "array", default: [], items: parameterSchema },
      configValues: { type: "array", default: [], items: configValueSchema },
      mapping: { type: "object", default: {}, additionalProperties: { type: "string", minLength: 1 } },
      sourceScheme: { type: "string" },
      warnings: { type: "array", items: { type: "string" } },
    },
  };
}

// useDefaults fills settings defaults (client auth, PKCE...) so stored configurations are complete.
export const ajv = new Ajv({ allErrors: true, useDefaults: true, strict: false });
const compiled = new Map<AuthTypeId, ValidateFunction>();

export function authConfigValidator(definition: AuthTypeDefinition): ValidateFunction {
  let validate = compiled.get(definition.id);
  if (!validate) {
    validate = ajv.compile(authConfigSchema(definition));
    compiled.set(definition.id, validate);
  }
  return validate;
}

/** An ajv error as a JSON pointer to the offending value (the missing or extra property included). */
export function errorPointer(error: ErrorObject): string {
  const params = error.params as { missingProperty?: string; additionalProperty?: string };
  const extra = params.missingProperty ?? params.additionalProperty;
  return extra === undefined
    ? error.instancePath
    : `${error.instancePath}/${extra.replace(/~/g, "~0").replace(/\//g, "~1")}`;
}

export function describeAjvError(error: ErrorObject): string {
  const params = error.params as { missingProperty?: string; additionalProperty?: string; allowedValues?: unknown[] };
  if (params.missingProperty) return `${params.missingProperty} is required`;
  if (params.additionalProperty) return `unknown property ${params.additionalProperty}`;
  if (params.allowedValues) return `must be one of ${params.allowedValues.join(", ")}`;
  return error.message ?? "is invalid";
}
