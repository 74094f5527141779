// Which field of the API's own record carries which SCIM user attribute, matched by name: `first_name` and
// `firstName` are `name.givenName`, `email` or `login` is the `userName`. Shown in the draft so a person can correct it.
import { isObject } from "../spec/pointer";
import type { HttpMethod } from "../spec/types";
import {
  followRefs,
  jsonSchemaOf,
  type LifecycleField,
  lifecycleFieldOf,
  propertiesOf,
  successResponse,
} from "./facts";
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
}

/** Matches a record's fields (as written) to SCIM user attributes. */
export function userFieldMap(fields: string[]): UserFieldMap {
  const byLoose = new Map(fields.map((field) => [looseName(field), field]));
  const pick = (names: string[]) => names.map((name) => byLoose.get(name)).find(Boolean);
  const attributes: Record<string, string> = {};
  for (const [attribute, names] of USER_ATTRIBUTES) {
    const field = pick(names);
    if (field) attributes[attribute] = field;
  }
  const active = byLoose.get("active") ?? byLoose.get("enabled");
  const status = pick(STATUS_FIELDS);
  return {
    attributes,
    id: pick(ID_FIELDS),
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

/** The fields (as written) of the record a body carries: `{ user: {…} }` envelopes and list pages unwrapped. */
function recordFields(document: unknown, schema: Json | undefined): { fields: string[]; envelope?: string } {
  const properties = propertiesOf(document, schema);
  if (properties.size === 1) {
    const [[name, inner]] = [...properties];
    const innerFields = [...propertiesOf(document, inner).keys()];
    if (innerFields.length) return { fields: innerFields, envelope: name };
  }
  return { fields: [...properties.keys()] };
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
  request: { fields: string[]; envelope?: string };
  response: { fields: string[]; envelope?: string };
  /** Where the API's own error message is in its error bodies (`error.message`, `detail`), if it says. */
  errorMessagePath?: string[];
}

const MESSAGE_FIELDS = ["message", "detail", "errordescription", "error", "title", "summary"];

function messagePath(document: unknown, schema: Json | undefined, depth = 0): string[] | undefined {
  const properties = propertiesOf(document, schema);
  for (const wanted of MESSAGE_FIELDS) {
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
    response: recordFields(document, jsonSchemaOf(document, success?.content)),
    errorMessagePath: messagePath(document, jsonSchemaOf(document, errorResponse?.content)),
  };
}

const GROUP_NAME_FIELDS = ["displayname", "name", "title", "groupname", "teamname"];

/** The API's group fields (as written) that carry the SCIM group's id, displayName and description. */
export function groupFieldMap(fields: string[]): { id?: string; displayName?: string; description?: string } {
  const byLoose = new Map(fields.map((field) => [looseName(field), field]));
  const pick = (names: string[]) => names.map((name) => byLoose.get(name)).find(Boolean);
  return {
    id: pick(["id", "groupid", "teamid"]),
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
  if (schema?.type === "array")
    return {
      properties,
      itemsPath: [] as string[],
      itemFields: [...propertiesOf(document, followRefs<Json>(document, schema.items)).keys()],
    };
  // The page's items are the array of records, not an array of strings such as SCIM's `schemas`.
  for (const [name, value] of properties)
    if (value.type === "array" && propertiesOf(document, followRefs<Json>(document, value.items)).size)
      return {
        properties,
        itemsPath: [name],
        itemFields: [...propertiesOf(document, followRefs<Json>(document, value.items)).keys()],
      };
  return { properties, itemsPath: [] as string[], itemFields: [] as string[] };
}
