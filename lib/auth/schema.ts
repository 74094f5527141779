// One JSON Schema per auth type, derived from its definition; it validates forms, the API and the CLI.
import type { ValidateFunction } from "ajv";
import { validatorFor } from "../validation/ajv";
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

const schemas = new Map<AuthTypeId, Record<string, unknown>>();

/** Fills settings defaults (client auth, PKCE...) so stored configurations are complete. */
export function authConfigValidator(definition: AuthTypeDefinition): ValidateFunction {
  const schema = schemas.get(definition.id) ?? authConfigSchema(definition);
  schemas.set(definition.id, schema);
  return validatorFor(schema, { useDefaults: true });
}
