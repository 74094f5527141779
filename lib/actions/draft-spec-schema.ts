// The user schema described from the spec, for an API without SCIM /Schemas: at generation time the properties of
// the user record Create User sends (else Get User by ID returns) become schema properties, their enums property
// values, and the drafted flow returns them as they are. Regenerate after the spec changes.
import type { Contract, ContractName } from "../contracts/catalog";
import type { Flow } from "../flow/model";
import { fromCard, literal } from "../generate/bindings";
import { isSecretKey } from "../secrets/redact";
import { construct } from "./draft-cards";
import { operationObject, recordSchema } from "./draft-fields";
import { actionFlow } from "./draft-flow";
import { followRefs, jsonSchemaOf, propertiesOf, successResponse } from "./facts";
import type { ActionPlan } from "./plan";

type Json = Record<string, unknown>;

/** Bounds what a drafted flow carries: a spec can describe any number of properties. */
const MAX_PROPERTIES = 500;
const MAX_DEPTH = 3;

interface DescribedUser {
  /** Where the record was found, for the flow's description. */
  source: string;
  properties: Map<string, Json>;
  required: Set<string>;
}

/** The user record of the planned Create User request, else of the Get User by ID response. */
function describedUser(document: unknown, plan: ActionPlan): DescribedUser | undefined {
  const planned = (contract: ContractName) => plan.actions.find((action) => action.contract === contract)?.operation;
  const create = planned("Provisioning Create User");
  if (create) {
    const operation = operationObject(document, create.method, create.path);
    const body = operation ? followRefs<Json>(document, operation.requestBody) : undefined;
    const record = recordSchema(document, jsonSchemaOf(document, body?.content));
    if (record.properties.size)
      return { source: `the request of ${create.method.toUpperCase()} ${create.path}`, ...record };
  }
  const read = planned("Provisioning Get User by ID");
  if (read) {
    const operation = operationObject(document, read.method, read.path);
    const success = operation ? successResponse(operation) : undefined;
    const record = recordSchema(document, jsonSchemaOf(document, success?.content));
    if (record.properties.size) return { source: `the response of GET ${read.path}`, ...record };
  }
  return undefined;
}

function propertyType(schema: Json): string {
  const type = Array.isArray(schema.type) ? schema.type.find((entry) => entry !== "null") : schema.type;
  if (type === "string") {
    if (schema.format === "email") return "EMAIL";
    if (schema.format === "date-time" || schema.format === "date") return "DATE";
    if (schema.format === "uri" || schema.format === "url") return "URI";
    return "STRING";
  }
  const types: Record<string, string> = {
    integer: "INTEGER",
    number: "NUMBER",
    boolean: "BOOLEAN",
    array: "ARRAY",
    object: "OBJECT",
  };
  return types[String(type)] ?? "STRING";
}

/** The constraints the contract carries, copied only when of the contract's type. */
function constraints(schema: Json): Json {
  const copied: Json = {};
  for (const key of ["minLength", "maxLength", "minItems", "maxItems"])
    if (typeof schema[key] === "number") copied[key] = schema[key];
  for (const key of ["minimum", "maximum"]) if (Number.isInteger(schema[key])) copied[key] = schema[key];
  if (typeof schema.pattern === "string") copied.pattern = schema.pattern;
  if (Array.isArray(schema.enum)) copied.enumConstraint = schema.enum;
  return copied;
}

function schemaProperties(document: unknown, properties: Map<string, Json>, required: Set<string>, depth = 0): Json[] {
  return (
    [...properties]
      // Never a secret as a profile attribute: read-only, write-only (passwords) and secret-named properties are left out.
      .filter(([name, schema]) => schema.readOnly !== true && schema.writeOnly !== true && !isSecretKey(name))
      .slice(0, MAX_PROPERTIES)
      .map(([name, schema]) => {
        const nested = depth < MAX_DEPTH ? propertiesOf(document, schema) : new Map<string, Json>();
        const nestedRequired = new Set(Array.isArray(schema.required) ? schema.required.map(String) : []);
        return {
          name,
          title: typeof schema.title === "string" ? schema.title : name,
          externalName: name,
          ...(typeof schema.description === "string" ? { description: schema.description } : {}),
          required: required.has(name),
          propertyType: propertyType(schema),
          ...constraints(schema),
          ...(nested.size ? { properties: schemaProperties(document, nested, nestedRequired, depth + 1) } : {}),
        };
      })
  );
}

/** A flow that returns `outputs` (and SUCCEEDED) as they were found at generation time. */
function describedFlow(contract: Contract, description: string, outputs: Json): Flow {
  return actionFlow(
    contract,
    description,
    [
      construct("described", "Found in the spec at generation time", {
        ...Object.fromEntries(Object.entries(outputs).map(([key, value]) => [key, literal(value)])),
        pagination: literal({}),
        executionStatus: literal({ status: "SUCCEEDED" }),
      }),
    ],
    (output) => fromCard("described", "output", output),
  );
}

/** List User Schema from the spec's user record. */
export function specUserSchema(contract: Contract, document: unknown, plan: ActionPlan): Flow | string {
  const user = describedUser(document, plan);
  if (!user) return "the spec has no /Schemas and no user record to describe (no Create User or Get User by ID)";
  const properties = schemaProperties(document, user.properties, user.required);
  return describedFlow(contract, `The user schema found in ${user.source}, described at generation time.`, {
    schemaProperties: properties,
  });
}

/** List User Schema Property Values: the enums of the spec's user record. */
export function specUserSchemaValues(contract: Contract, document: unknown, plan: ActionPlan): Flow | string {
  const user = describedUser(document, plan);
  if (!user) return "the spec has no /Schemas and no user record to describe (no Create User or Get User by ID)";
  const values = [...user.properties].flatMap(([name, schema]) =>
    (Array.isArray(schema.enum) ? schema.enum : [])
      .filter((value) => typeof value === "string" || typeof value === "number")
      .map((value) => ({ id: String(value), displayName: String(value), schemaPropertyName: name })),
  );
  return describedFlow(
    contract,
    `The allowed values (enums) of the user record in ${user.source}, described at generation time.`,
    { schemaPropertyValues: values.slice(0, MAX_PROPERTIES) },
  );
}
