// What the planner knows about one operation: the entity its path is about, the action it says, how it is
// identified, paged and what its request and response bodies look like (property names, `$ref`s followed).
import type { PagingStyle } from "../paging/model";
import { followRefs as followRefsUncached, isObject } from "../spec/pointer";
import type { OperationIndex, ParameterIndex } from "../spec/types";
import {
  type Action,
  ADDRESSING_WORDS,
  actionOf,
  type Entity,
  entityOf,
  looseName,
  NEXT_PAGE_FIELDS,
  POSITION_PARAMETERS,
  SIZE_PARAMETERS,
  wordsOf,
} from "./words";

export interface OperationFacts {
  operation: OperationIndex;
  /** The last entity the path names (`/groups/{id}/members` → membership) and the one before it. */
  subject: Entity;
  parent?: Entity;
  /** A path parameter follows the subject (`/users/{id}`), or the parent (`/groups/{id}/members`). */
  subjectHasId: boolean;
  parentHasId: boolean;
  /** Path parameters before the subject's word (`/projects/{id}/users`): the records belong to something else. */
  parametersBeforeSubject: number;
  /** Path parameters in all. */
  pathParameters: ParameterIndex[];
  /** The action the path says after its subject (`/users/{id}/deactivate`, `/users.info`). */
  pathAction?: Action;
  /** Words of the path after the subject (`lookup`, `by`, `email`). */
  trailingWords: string[];
  /** Trailing words that name something else of the subject (`/users/{id}/keys` → keys). */
  foreignWords: string[];
  /** Actions the operationId and summary say. */
  textActions: Set<Action>;
  /** Loose names of query parameters (`per_page` → `perpage`). */
  queryNames: string[];
  requiredQueryNames: string[];
  paging?: PagingStyle;
  requestFields: Set<string>;
  /** The request is a SCIM PatchOp (`Operations[]`): it can change any attribute, members included. */
  scimPatch: boolean;
  responseFields: Set<string>;
  /** Fields of the items when the response is a list (an array, or an object holding one). */
  responseItemFields: Set<string>;
  responseIsList: boolean;
  /** The path segments are SCIM's (`/Users`, `/Groups`, `/Schemas`, …). */
  scimPath: boolean;
}

type Json = Record<string, unknown>;

// A big description repeats the same `$ref`s thousands of times: resolve each once per document.
const resolvedRefs = new WeakMap<object, Map<string, unknown>>();
export function followRefs<T = Json>(document: unknown, value: unknown): T | undefined {
  if (!isObject(value) || typeof value.$ref !== "string" || !isObject(document))
    return followRefsUncached<T>(document, value);
  let cache = resolvedRefs.get(document);
  if (!cache) {
    cache = new Map();
    resolvedRefs.set(document, cache);
  }
  if (!cache.has(value.$ref)) cache.set(value.$ref, followRefsUncached<T>(document, value));
  return cache.get(value.$ref) as T | undefined;
}
const MAX_SCHEMA_DEPTH = 4;
const LIST_WRAPPERS = new Set([
  "data",
  "items",
  "results",
  "resources",
  "records",
  "entries",
  "values",
  "elements",
  "content",
  "list",
  "users",
  "groups",
  "members",
  "memberships",
  "accounts",
  "people",
  "teams",
  "usergroups",
]);
export const SCIM_RESOURCES = new Set([
  "Users",
  "Groups",
  "Schemas",
  "ResourceTypes",
  "ServiceProviderConfig",
  "Me",
  "Bulk",
]);

export function jsonSchemaOf(document: unknown, content: unknown): Json | undefined {
  if (!isObject(content)) return undefined;
  const type = Object.keys(content).find((name) => /json/i.test(name)) ?? Object.keys(content)[0];
  const media = type ? followRefs<Json>(document, content[type]) : undefined;
  return media ? followRefs<Json>(document, media.schema) : undefined;
}

/** Property names of a schema (allOf merged, first of oneOf/anyOf), loose. */
export function propertiesOf(document: unknown, schema: Json | undefined, depth = 0): Map<string, Json> {
  const fields = new Map<string, Json>();
  if (!schema || depth > MAX_SCHEMA_DEPTH) return fields;
  if (isObject(schema.properties)) {
    for (const [name, value] of Object.entries(schema.properties))
      fields.set(name, followRefs<Json>(document, value) ?? {});
  }
  for (const keyword of ["allOf", "oneOf", "anyOf"] as const) {
    const parts = Array.isArray(schema[keyword]) ? (schema[keyword] as unknown[]) : [];
    for (const part of keyword === "allOf" ? parts : parts.slice(0, 1))
      for (const [name, value] of propertiesOf(document, followRefs<Json>(document, part), depth + 1))
        fields.set(name, value);
  }
  return fields;
}

function loose(fields: Iterable<string>): Set<string> {
  return new Set([...fields].map(looseName));
}

interface BodyShape {
  fields: Set<string>;
  itemFields: Set<string>;
  isList: boolean;
  nextPage: boolean;
}

function bodyShape(document: unknown, schema: Json | undefined): BodyShape {
  if (!schema) return { fields: new Set(), itemFields: new Set(), isList: false, nextPage: false };
  // `{ "user": { … } }`: an envelope around one record; its fields are the record's.
  const envelope = propertiesOf(document, schema);
  if (envelope.size === 1) {
    const [[name, inner]] = [...envelope];
    if (inner.type === "object" || isObject(inner.properties)) {
      const innerFields = loose(propertiesOf(document, inner).keys());
      if (innerFields.size) innerFields.add(looseName(name));
      if (innerFields.size) return { fields: innerFields, itemFields: new Set(), isList: false, nextPage: false };
    }
  }
  if (schema.type === "array") {
    const items = propertiesOf(document, followRefs<Json>(document, schema.items));
    return { fields: new Set(), itemFields: loose(items.keys()), isList: true, nextPage: false };
  }
  const properties = propertiesOf(document, schema);
  let itemFields = new Set<string>();
  // A record with an id is one record even when it holds arrays (a user's emails); else an array under a
  // wrapper name (data, Resources, members …) is the page's items.
  const isRecord = properties.has("id");
  for (const [name, value] of properties) {
    if (isRecord || value.type !== "array" || !LIST_WRAPPERS.has(looseName(name))) continue;
    const items = propertiesOf(document, followRefs<Json>(document, value.items));
    if (items.size > itemFields.size) itemFields = loose(items.keys());
  }
  const fields = loose(properties.keys());
  return {
    fields,
    itemFields,
    isList: itemFields.size > 0,
    nextPage: [...fields].some((name) => NEXT_PAGE_FIELDS.has(name)),
  };
}

export function successResponse(operationObject: Json): Json | undefined {
  const responses = isObject(operationObject.responses) ? operationObject.responses : {};
  const status = Object.keys(responses).find((code) => /^2\d\d$/.test(code)) ?? "default";
  return isObject(responses[status]) ? (responses[status] as Json) : undefined;
}

/** A qualified entity word names something else: "social_accounts", "selected_users" are not accounts or users. */
const QUALIFIED = "~";
function partWords(part: string): string[] {
  const words = wordsOf(part);
  return words.map((word, index) => {
    const qualified = words.slice(0, index).some((before) => !entityOf(before) && !ADDRESSING_WORDS.has(before));
    return qualified && entityOf(word) ? `${QUALIFIED}${word}` : word;
  });
}

interface PathToken {
  words: string[];
  parameter: boolean;
}

function pathTokens(path: string): PathToken[] {
  const tokens: PathToken[] = [];
  for (const segment of path.split("/")) {
    if (!segment) continue;
    const withoutFormat = segment.replace(/\.(json|xml)$/i, "");
    if (/\{[^}]*\}/.test(withoutFormat)) {
      const prefix = withoutFormat.replace(/\{[^}]*\}.*$/, "");
      if (prefix) tokens.push({ words: wordsOf(prefix), parameter: false });
      tokens.push({ words: [], parameter: true });
    } else {
      // "ResourceTypes" is one entity word, not "resource" + "types".
      const whole = looseName(withoutFormat);
      tokens.push({
        words: entityOf(whole) && !withoutFormat.includes(".") ? [whole] : withoutFormat.split(".").flatMap(partWords),
        parameter: false,
      });
    }
  }
  return tokens;
}

// The styles in the order they win: a declared `Link` header, a parameter that says where a page starts (a cursor
// before SCIM's startIndex, a page number, an offset), a next-page token in the body, then a size parameter alone.
const POSITION_ORDER = ["cursor", "scim", "page", "offset"] as const;

function pagingStyle(
  queryNames: string[],
  linkHeader: boolean,
  response: BodyShape,
  path: string,
): PagingStyle | undefined {
  if (linkHeader) return "link";
  const positions = new Set(queryNames.map((name) => POSITION_PARAMETERS[name]));
  const position = POSITION_ORDER.find((style) => positions.has(style));
  if (position) return position;
  if (response.nextPage && response.isList) return "cursor";
  // A SCIM list without declared paging parameters still pages by startIndex/count (RFC 7644 §3.4.2.4).
  if (response.fields.has("totalresults") && /\/(Users|Groups)$/.test(path)) return "scim";
  return queryNames.map((name) => SIZE_PARAMETERS[name]).find(Boolean);
}

/** The operation's facts, or nothing when its path names no entity a contract is about (most of a big API). */
export function operationFacts(document: unknown, operation: OperationIndex): OperationFacts | undefined {
  const tokens = pathTokens(operation.path);
  // Flatten into (word | parameter) steps, remembering where each entity word sits.
  const steps: ({ word: string } | { parameter: true })[] = [];
  for (const token of tokens) {
    if (token.parameter) steps.push({ parameter: true });
    else for (const word of token.words) steps.push({ word });
  }
  const entityAt: { index: number; entity: Entity }[] = [];
  steps.forEach((step, index) => {
    const entity = "word" in step ? entityOf(step.word) : undefined;
    if (entity) entityAt.push({ index, entity });
  });
  let last = entityAt[entityAt.length - 1];
  if (!last) return undefined;
  const before = entityAt.filter((entry) => entry.entity !== last?.entity).pop();
  // `/groups/{id}/users`, `/usergroups.users.list`: users inside a group are its memberships.
  if (last?.entity === "user" && before?.entity === "group") last = { ...last, entity: "membership" };
  const hasParameterBetween = (from: number, to: number) =>
    steps.slice(from + 1, to).some((step) => "parameter" in step);

  const trailingWords = steps.slice(last.index + 1).flatMap((step) => ("word" in step ? [step.word] : []));
  const trailingActions = trailingWords.map(actionOf).filter((action): action is Action => action !== undefined);
  const pathAction = trailingActions.find((action) => action !== "status") ?? trailingActions[0];

  const textActions = new Set<Action>();
  for (const word of wordsOf(`${operation.operationId ?? ""} ${operation.summary ?? ""}`)) {
    const action = actionOf(word);
    if (action) textActions.add(action);
  }

  const query = operation.parameters.filter((parameter) => parameter.in === "query");
  const queryNames = query.map((parameter) => looseName(parameter.name));
  const pathItem = isObject((document as Json)?.paths) ? ((document as Json).paths as Json)[operation.path] : undefined;
  const operationObject = isObject(pathItem) ? followRefs<Json>(document, pathItem[operation.method]) : undefined;

  const requestBody = operationObject ? followRefs<Json>(document, operationObject.requestBody) : undefined;
  const request = bodyShape(document, jsonSchemaOf(document, requestBody?.content));
  const success = operationObject ? successResponse(operationObject) : undefined;
  const response = bodyShape(document, jsonSchemaOf(document, success?.content));
  const linkHeader = isObject(success?.headers) && Object.keys(success.headers).some((name) => /^link$/i.test(name));

  const paging = pagingStyle(queryNames, linkHeader, response, operation.path);

  return {
    operation,
    subject: last.entity,
    parent: before?.entity,
    subjectHasId: hasParameterBetween(last.index, steps.length),
    parametersBeforeSubject: steps.slice(0, last.index).filter((step) => "parameter" in step).length,
    parentHasId: before ? hasParameterBetween(before.index, last.index) : false,
    pathParameters: operation.parameters.filter((parameter) => parameter.in === "path"),
    pathAction,
    trailingWords,
    foreignWords: trailingWords.filter((word) => !actionOf(word) && !ADDRESSING_WORDS.has(word)),
    textActions,
    queryNames,
    requiredQueryNames: query.filter((parameter) => parameter.required).map((parameter) => looseName(parameter.name)),
    paging,
    requestFields: request.fields,
    scimPatch: request.fields.has("operations"),
    responseFields: response.fields,
    responseItemFields: response.itemFields,
    responseIsList: response.isList,
    scimPath: operation.path.split("/").some((segment) => SCIM_RESOURCES.has(segment)),
  };
}
