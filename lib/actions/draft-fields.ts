// Which field of the API's own record carries which SCIM user attribute, matched by name: `first_name` and
// `firstName` are `name.givenName`, `email` or `login` is the `userName`. Shown in the draft so a person can correct it.
import { MESSAGE_KEYS } from "../http/api-message";
import { isObject } from "../spec/pointer";
import type { HttpMethod, OperationIndex, ParameterIndex } from "../spec/types";
import {
  followRefs,
  jsonSchemaOf,
  type LifecycleField,
  lifecycleFieldOf,
  propertiesOf,
  successResponse,
} from "./facts";
import type { RefusalRule } from "./draft-cards";
import { looseName } from "./words";

type Json = Record<string, unknown>;

/** SCIM user attribute (dotted) → the loose API field names that carry it, best first. */
const USER_ATTRIBUTES: [string, string[]][] = [
  ["userName", ["username", "login", "email", "emailaddress", "primaryemail", "mail"]],
  ["name.givenName", ["firstname", "givenname", "first"]],
  ["name.familyName", ["lastname", "familyname", "surname", "last"]],
  ["displayName", ["displayname", "fullname", "realname"]],
  ["title", ["title", "jobtitle"]],
  ["externalId", ["externalid"]],
  ["password", ["password"]],
  ["timezone", ["timezone", "tz"]],
  ["locale", ["locale", "language"]],
];

const EMAIL_FIELDS = ["email", "emailaddress", "primaryemail", "mail"];
const ID_FIELDS = ["id", "userid", "accountid", "uid"];
const STATUS_FIELDS = ["status", "state"];

export interface UserFieldMap {
  /** SCIM attribute → the API field (as written). */
  attributes: Record<string, string>;
  id?: string;
  email?: string;
  /** A text status field whose value `active` means active, or a boolean `active`. */
  status?: { field: string; kind: "text" | "boolean" };
  /** The id is typed as text already (else it is made text: the contract's id is a string). */
  idIsText?: boolean;
}

/** Matches a record's fields (as written) to SCIM user attributes; `textFields` are those typed as text. */
export function userFieldMap(fields: string[], textFields: readonly string[] = []): UserFieldMap {
  // Top-level fields first; a nested one (`profile.login`) by its own name where the top level has none. The id and
  // the status are the record's own, never a nested object's (`manager.id`).
  const topLevel = fields.filter((field) => !field.includes("."));
  const byLoose = new Map(topLevel.map((field) => [looseName(field), field]));
  const pickTop = (names: string[]) => names.map((name) => byLoose.get(name)).find(Boolean);
  for (const field of fields)
    if (field.includes(".")) {
      const name = looseName(field.split(".").pop() ?? "");
      if (!byLoose.has(name)) byLoose.set(name, field);
    }
  const pick = (names: string[]) => names.map((name) => byLoose.get(name)).find(Boolean);
  const attributes: Record<string, string> = {};
  for (const [attribute, names] of USER_ATTRIBUTES) {
    const field = pick(names);
    if (field) attributes[attribute] = field;
  }
  const active = pickTop(["active", "enabled"]);
  const status = pickTop(STATUS_FIELDS);
  const id = pickTop(ID_FIELDS);
  return {
    attributes,
    id,
    idIsText: id !== undefined && textFields.includes(id),
    email: pick(EMAIL_FIELDS),
    ...(active
      ? { status: { field: active, kind: "boolean" as const } }
      : status
        ? { status: { field: status, kind: "text" as const } }
        : {}),
  };
}

export function operationObject(document: unknown, method: HttpMethod, path: string): Json | undefined {
  const paths = isObject(document) && isObject(document.paths) ? document.paths : {};
  const item = followRefs<Json>(document, paths[path]);
  return item ? followRefs<Json>(document, item[method]) : undefined;
}

/** Everything the parameter says about itself: its raw object (the index keeps only a hint of the description). */
export function parameterObject(document: unknown, operation: OperationIndex, parameter: ParameterIndex): Json {
  const operationJson = operationObject(document, operation.method, operation.path);
  const paths = isObject(document) && isObject(document.paths) ? document.paths : {};
  const pathItem = followRefs<Json>(document, paths[operation.path]);
  for (const list of [operationJson?.parameters, pathItem?.parameters]) {
    if (!Array.isArray(list)) continue;
    for (const entry of list) {
      const resolved = followRefs<Json>(document, entry);
      if (resolved?.name === parameter.name && resolved.in === parameter.in) return resolved;
    }
  }
  return { name: parameter.name, in: parameter.in, schema: parameter.schema, description: parameter.description };
}

/** The fields (as written) of the record a body carries: `{ user: {…} }` envelopes and list pages unwrapped. */
/** A record field as a binding path: `profile.login` is `login` inside `profile`. */
export const fieldPath = (field: string) => field.split(".");

/**
 * The fields of a record, and one level into its objects as dotted names (`profile.login`, `name.first`): many
 * APIs keep a user's profile in an object of its own. Read-only: request bodies are built from top-level fields.
 */
function readableFields(document: unknown, properties: Map<string, Json>): Map<string, Json> {
  const fields = new Map(properties);
  for (const [name, schema] of properties) {
    if (name.includes(".")) continue;
    for (const [inner, innerSchema] of propertiesOf(document, schema))
      if (!inner.includes(".")) fields.set(`${name}.${inner}`, innerSchema);
  }
  return fields;
}

/** The fields a schema types as text: an id among them needs no conversion to the contract's string id. */
export function textFieldsOf(properties: Map<string, Json>): string[] {
  return [...properties].filter(([, schema]) => schema.type === "string").map(([name]) => name);
}

function recordFields(
  document: unknown,
  schema: Json | undefined,
  readable = false,
): { fields: string[]; textFields: string[]; envelope?: string } {
  const read = (properties: Map<string, Json>) => (readable ? readableFields(document, properties) : properties);
  const properties = propertiesOf(document, schema);
  if (properties.size === 1) {
    const [[name, inner]] = [...properties];
    const innerProperties = read(propertiesOf(document, inner));
    if (innerProperties.size)
      return { fields: [...innerProperties.keys()], textFields: textFieldsOf(innerProperties), envelope: name };
  }
  const fields = read(properties);
  return { fields: [...fields.keys()], textFields: textFieldsOf(fields) };
}

/** The record a body schema carries (a `{ user: {…} }` envelope unwrapped): its properties and required names. */
export function recordSchema(document: unknown, schema: Json | undefined) {
  const properties = propertiesOf(document, schema);
  if (properties.size === 1) {
    const [inner] = properties.values();
    if (propertiesOf(document, inner).size) return recordSchema(document, inner);
  }
  const required = Array.isArray(schema?.required) ? schema.required.map(String) : [];
  return { properties, required: new Set(required) };
}

export interface OperationBodies {
  request: { fields: string[]; textFields: string[]; envelope?: string };
  response: { fields: string[]; textFields: string[]; envelope?: string };
  /** Where the API's own error message is in its error bodies (`error.message`, `detail`), if it says. */
  errorMessagePath?: string[];
}

function messagePath(document: unknown, schema: Json | undefined, depth = 0): string[] | undefined {
  const properties = propertiesOf(document, schema);
  for (const wanted of MESSAGE_KEYS) {
    for (const [name, value] of properties)
      if (looseName(name) === wanted && (value.type === "string" || value.type === undefined)) return [name];
  }
  if (depth > 1) return undefined;
  for (const [name, value] of properties) {
    const inner = messagePath(document, value, depth + 1);
    if (inner) return [name, ...inner];
  }
  return undefined;
}

export function operationBodies(document: unknown, method: HttpMethod, path: string): OperationBodies {
  const operation = operationObject(document, method, path);
  const requestBody = operation ? followRefs<Json>(document, operation.requestBody) : undefined;
  const success = operation ? successResponse(operation) : undefined;
  const responses = operation && isObject(operation.responses) ? operation.responses : {};
  const errorStatus = Object.keys(responses).find((code) => /^4\d\d$/.test(code));
  const errorResponse = errorStatus ? followRefs<Json>(document, responses[errorStatus]) : undefined;
  return {
    request: recordFields(document, jsonSchemaOf(document, requestBody?.content)),
    response: recordFields(document, jsonSchemaOf(document, success?.content), true),
    errorMessagePath: messagePath(document, jsonSchemaOf(document, errorResponse?.content)),
  };
}

const GROUP_NAME_FIELDS = ["displayname", "name", "title", "groupname", "teamname"];

export interface GroupFieldMap {
  id?: string;
  displayName?: string;
  description?: string;
  /** The id is typed as text already. */
  idIsText?: boolean;
}

/** The API's group fields (as written) that carry the SCIM group's id, displayName and description. */
export function groupFieldMap(fields: string[], textFields: readonly string[] = []): GroupFieldMap {
  const byLoose = new Map(fields.map((field) => [looseName(field), field]));
  const pick = (names: string[]) => names.map((name) => byLoose.get(name)).find(Boolean);
  const id = pick(["id", "groupid", "teamid"]);
  return {
    id,
    idIsText: id !== undefined && textFields.includes(id),
    displayName: pick(GROUP_NAME_FIELDS),
    description: pick(["description"]),
  };
}

/** The body field that sets a record's lifecycle and the value for each state, when the request has one. */
export function lifecycleField(document: unknown, method: HttpMethod, path: string): LifecycleField | undefined {
  const operation = operationObject(document, method, path);
  const requestBody = operation ? followRefs<Json>(document, operation.requestBody) : undefined;
  return lifecycleFieldOf(document, jsonSchemaOf(document, requestBody?.content));
}

/** Where a list response keeps its items (`data`, `Resources`, … or the body itself) and their fields. */
export function listShape(document: unknown, method: HttpMethod, path: string) {
  const operation = operationObject(document, method, path);
  const success = operation ? successResponse(operation) : undefined;
  const schema = jsonSchemaOf(document, success?.content);
  const properties = propertiesOf(document, schema);
  const items = (itemsPath: string[], itemSchema: unknown) => {
    const itemProperties = readableFields(document, propertiesOf(document, followRefs<Json>(document, itemSchema)));
    return {
      properties,
      itemsPath,
      itemFields: [...itemProperties.keys()],
      itemTextFields: textFieldsOf(itemProperties),
    };
  };
  if (schema?.type === "array") return items([], schema.items);
  // The page's items are the array of records, not an array of strings such as SCIM's `schemas`.
  for (const [name, value] of properties)
    if (value.type === "array" && propertiesOf(document, followRefs<Json>(document, value.items)).size)
      return items([name], value.items);
  return { properties, itemsPath: [] as string[], itemFields: [] as string[], itemTextFields: [] as string[] };
}

/**
 * How a read by id tells a missing record from a refused credential: "documented" when the operation documents a
 * 403 that says the record is missing, or documents a 403 and no 404 (it hides whether a record exists), or
 * documents no 403 but a 401 (a bad credential is its 401, so a 403 is about the record); otherwise only a refusal
 * whose message says "not found" is one (docs/architecture.md, "Drafts in the API's own language").
 */
export function refusalRule(document: unknown, method: HttpMethod, path: string): RefusalRule {
  const operation = operationObject(document, method, path);
  const responses = operation && isObject(operation.responses) ? operation.responses : {};
  const refusal = followRefs<Json>(document, responses["403"]);
  if (!refusal) return "401" in responses ? "documented" : "whenSaid";
  const said = typeof refusal.description === "string" && NOT_FOUND_WORDS.test(refusal.description);
  return said || !("404" in responses) ? "documented" : "whenSaid";
}
const NOT_FOUND_WORDS = /not found|does not exist|doesn't exist|no such|not visible|unknown (user|record|resource|id)/i;
