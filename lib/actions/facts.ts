// What the planner knows about one operation: the entity its path is about, the action it says, how it is
// identified, paged and what its request and response bodies look like (property names, `$ref`s followed).
import type { PagingStyle } from "../paging/model";
import { followRefs as followRefsUncached, isObject } from "../spec/pointer";
import type { OperationIndex, ParameterIndex } from "../spec/types";
import { isSingular, pathSteps, QUALIFIED } from "./path-words";
import type { RequestReader, SpecSignals } from "./spec-signals";
import {
  type Action,
  ADDRESSING_WORDS,
  actionOf,
  CALLER_WORDS,
  type Entity,
  entityOf,
  ID_PARAMETERS,
  looseName,
  NEXT_PAGE_FIELDS,
  POSITION_PARAMETERS,
  SIZE_PARAMETERS,
  singular,
  TENANT_WORDS,
  wordsOf,
} from "./words";

export interface OperationFacts {
  operation: OperationIndex;
  /** The last entity the path names (`/groups/{id}/members` → membership) and the one before it. */
  subject: Entity;
  /** The word naming the subject, as written (lower-case). */
  subjectWord: string;
  /** Where the subject's records live (see surfaceOf). */
  surface: { prefix: string; collection: string };
  /** For a schema: the records it describes (`/schemas/user/{id}` → user). */
  describes?: Entity;
  parent?: Entity;
  /** A path parameter follows the subject (`/users/{id}`), or the parent (`/groups/{id}/members`). */
  subjectHasId: boolean;
  parentHasId: boolean;
  /** Path parameters before the subject's word (`/projects/{id}/users`): the records belong to something else.
   * A tenant's parameter (`/accounts/{id}/users`, `/{realm}/users`) does not count. */
  parametersBeforeSubject: number;
  /** The tenant's path parameters before the subject. */
  tenantParameters: number;
  /** Path parameters in all. */
  pathParameters: ParameterIndex[];
  /** The path parameter that takes the user's login (`{email}`, `{userKey}` "the user's primary email …"). */
  loginParameter?: string;
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
  /** The request body's field that sets the record's state, read from its schema (boolean or enum). */
  lifecycle?: LifecycleField;
  /** The request is a SCIM PatchOp (`Operations[]`): it can change any attribute, members included. */
  scimPatch: boolean;
  responseFields: Set<string>;
  /** Fields of the items when the response is a list (an array, or an object holding one). */
  responseItemFields: Set<string>;
  responseIsList: boolean;
  /** The path segments are SCIM's (`/Users`, `/Groups`, `/Schemas`, …) in a SCIM service. */
  scimPath: boolean;
  /** The path is about the authenticated caller (`/users/me`, `/user`), not the users an integration manages. */
  caller: boolean;
  /** The subject is the spec's tenant (`POST /accounts` where users live under `/accounts/{id}/users`). */
  tenantRecord: boolean;
  /** Users called by another name in a spec that has `users` (`/people` of prospects, `/Persons` in media). */
  otherName: boolean;
  /** Some user write of the spec shows a password field (see spec-signals.ts). */
  passwordsInSpec: boolean;
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

/** The body field that sets a record's lifecycle (`active: true`, `status: "INACTIVE"`) and its value per state. */
export interface LifecycleField {
  field: string;
  active: unknown;
  inactive: unknown;
}

const ACTIVE_WHEN_TRUE = new Set(["active", "enabled", "isactive", "isenabled"]);
const INACTIVE_WHEN_TRUE = new Set([
  "suspended",
  "disabled",
  "blocked",
  "locked",
  "isdisabled",
  "issuspended",
  "islocked",
]);
const STATE_FIELDS = new Set(["status", "state", "userstatus", "accountstatus", "lockstatus"]);
const ACTIVE_VALUE = /^(active|enabled|activated|unlocked)$/i;
const INACTIVE_VALUE = /^(inactive|suspended|deactivated|disabled|blocked|locked|closed)$/i;

/** A boolean or an enum of states in the schema (or in its one envelope property), with the value of each state. */
export function lifecycleFieldOf(document: unknown, schema: Json | undefined): LifecycleField | undefined {
  let properties = propertiesOf(document, schema);
  if (properties.size === 1) {
    const inner = propertiesOf(document, [...properties.values()][0]);
    if (inner.size) properties = inner;
  }
  for (const [name, value] of properties) {
    const loose = looseName(name);
    if (value.type === "boolean" && ACTIVE_WHEN_TRUE.has(loose)) return { field: name, active: true, inactive: false };
    if (value.type === "boolean" && INACTIVE_WHEN_TRUE.has(loose))
      return { field: name, active: false, inactive: true };
    if (STATE_FIELDS.has(loose) && Array.isArray(value.enum)) {
      const values = value.enum.map(String);
      const active = values.find((entry) => ACTIVE_VALUE.test(entry));
      const inactive = values.find((entry) => INACTIVE_VALUE.test(entry));
      if (active && inactive) return { field: name, active, inactive };
    }
  }
  return undefined;
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

function requestProperties(document: unknown, method: string, path: string): Map<string, Json> {
  const pathItem = isObject((document as Json)?.paths) ? ((document as Json).paths as Json)[path] : undefined;
  const operationObject = isObject(pathItem) ? followRefs<Json>(document, pathItem[method]) : undefined;
  const requestBody = operationObject ? followRefs<Json>(document, operationObject.requestBody) : undefined;
  return propertiesOf(document, jsonSchemaOf(document, requestBody?.content));
}

/** Reads what the spec's request bodies show, for its signals (spec-signals.ts). */
export function requestReader(document: unknown): RequestReader {
  return {
    // SCIM's marks: `schemas`, or a PatchOp's `Operations`.
    scimBody(method, path) {
      const fields = requestProperties(document, method, path);
      return fields.has("schemas") || fields.has("Operations");
    },
    // `password` on the record or in its one envelope (`{ user: { password } }`, `credentials.password`).
    passwordField(method, path) {
      const fields = requestProperties(document, method, path);
      const inner = [...fields.values()].flatMap((value) => [...propertiesOf(document, value).keys()]);
      return [...fields.keys(), ...inner].some((name) => looseName(name) === "password");
    },
  };
}

/**
 * Where the records live: the path before the segment naming them (`/scim/v2/enterprises/{enterprise}/` of
 * `…/Users/{id}`), and through the word naming them (`…/Users`; `/users` of `/users.list`).
 */
function surfaceOf(path: string, word: string): { prefix: string; collection: string } {
  const segments = path.split("/");
  for (let index = segments.length - 1; index >= 0; index -= 1) {
    const segment = segments[index];
    if (!looseName(segment).includes(word)) continue;
    const at = segment.toLowerCase().indexOf(word);
    const before = segments.slice(0, index).join("/");
    return { prefix: `${before}/`, collection: `${before}/${at < 0 ? segment : segment.slice(0, at + word.length)}` };
  }
  return { prefix: "/", collection: path };
}

/** The spec's own names for the users it manages, beside `users` itself. */
const PEOPLE_WORDS = new Set(["user", "member", "teammate", "teammember"]);

const SESSION_ENDING = new Set(["reset", "clear", "wipe"]);
const PASSWORD_RECOVERY = new Set(["expire", "forgot", "recovery", "recover", "reset"]);
/** Summaries that speak of the caller: "Get the authenticated user", "Update my profile". */
const CALLER_TEXT = /\b(authenticated|current(ly)?|my|own|me|logged[- ]in)\b/i;

const NO_SIGNALS: SpecSignals = {
  scim: true,
  tenantWords: new Set(),
  usersCollection: false,
  userPassword: true,
  rolesOnly: false,
  rolesAsGroups: false,
};

/** A path parameter that takes the user's login: named so, or described as accepting the email. */
function loginParameter(parameters: ParameterIndex[]): string | undefined {
  return parameters.find(
    (parameter) =>
      /email|username|login/.test(looseName(parameter.name)) ||
      /\b(e-?mail|login|user ?name)\b/i.test(parameter.description ?? ""),
  )?.name;
}

/**
 * The operation's facts, or nothing when its path names no entity a contract is about (most of a big API).
 * `signals` (see spec-signals.ts) say what the whole spec is; without them every SCIM-named segment is SCIM's.
 */
export function operationFacts(
  document: unknown,
  operation: OperationIndex,
  signals: SpecSignals = NO_SIGNALS,
): OperationFacts | undefined {
  const steps = pathSteps(operation.path);
  const entityAt: { index: number; entity: Entity }[] = [];
  steps.forEach((step, index) => {
    const entity = "word" in step ? entityOf(step.word) : undefined;
    // Where roles are the spec's only groups, a role is a group (spec-signals.ts).
    if (entity === "entitlement" && signals.rolesAsGroups && "word" in step && singular(step.word) === "role")
      entityAt.push({ index, entity: "group" });
    else if (entity) entityAt.push({ index, entity });
  });
  const wordAt = (index: number) => {
    const step = steps[index];
    return step && "word" in step ? step.word : undefined;
  };
  let last = entityAt[entityAt.length - 1];
  if (!last) return undefined;
  // `/schemas/user/{id}`, `/Schemas/Users`: the schema of users, not users.
  const described = entityAt[entityAt.length - 2];
  let describes: Entity | undefined;
  if (
    described &&
    described.index === last.index - 1 &&
    (described.entity === "schema" || described.entity === "resourcetype")
  ) {
    describes = last.entity;
    last = { ...last, entity: described.entity };
  }
  // A tenant of the spec (`/teams/{teamId}/members` where every call takes `?teamId=`) is no parent record.
  const before = entityAt
    .filter((entry) => entry.entity !== last?.entity && !signals.tenantWords.has(singular(wordAt(entry.index) ?? "")))
    .pop();
  const subjectWord = wordAt(last.index) ?? "";
  // `/groups/{id}/users`, `/usergroups.users.list`: users inside a group are its memberships; members of no group
  // (`/members`, `/organisations/{id}/members`) are the account's users.
  const hasParameterBetween = (from: number, to: number) =>
    steps.slice(from + 1, to).some((step) => "parameter" in step);
  // A tenant's parameter (`/accounts/{id}/…`, a leading `/{realm}/…`) scopes records without nesting them.
  const isTenantParameter = (index: number) => {
    const owner = wordAt(index - 1);
    const word = owner === undefined ? undefined : singular(owner.replace(QUALIFIED, ""));
    return word === undefined || TENANT_WORDS.has(word) || signals.tenantWords.has(word);
  };
  let parent = before?.entity;
  if (last.entity === "user" && before?.entity === "group") last = { ...last, entity: "membership" };
  else if (
    last.entity === "group" &&
    before?.entity === "user" &&
    hasParameterBetween(before.index, last.index) &&
    steps[last.index + 1] &&
    "parameter" in steps[last.index + 1]
  ) {
    // `/users/{id}/groups/{groupId}`: one user's membership of one group, as `/groups/{id}/members/{userId}` is.
    last = { ...last, entity: "membership" };
    parent = "group";
  } else if (
    last.entity === "membership" &&
    singular(subjectWord) === "member" &&
    before?.entity !== "group" &&
    // `/projects/{id}/members` are a project's memberships; `/organisations/{id}/members` the tenant's users.
    steps.slice(0, last.index).every((step, index) => !("parameter" in step) || isTenantParameter(index))
  )
    last = { ...last, entity: "user" };

  const trailingWords = steps.slice(last.index + 1).flatMap((step) => ("word" in step ? [step.word] : []));
  // `expire_password`, `forgot_password`, a body-less `reset_password`: a recovery, not a new password.
  const recovery =
    trailingWords.includes("password") &&
    trailingWords.some((word) => PASSWORD_RECOVERY.has(word)) &&
    !(trailingWords.includes("reset") && operation.requestBody !== undefined);
  const trailingActions = recovery
    ? []
    : trailingWords.map(actionOf).filter((action): action is Action => action !== undefined);
  // `/teams/{id}/addUser`: the verb before the subject says the action when nothing after it does.
  const leadingAction = actionOf(wordAt(last.index - 1) ?? "");
  const pathAction =
    // `change_password`, `expire_password`: about the password whatever the verb.
    trailingActions.find((action) => action === "password") ??
    // `session.reset`, `sessions/clear`: ends the sessions.
    (last.entity === "session" && trailingWords.some((word) => SESSION_ENDING.has(word)) ? "logout" : undefined) ??
    trailingActions.find((action) => action !== "status") ??
    trailingActions[0] ??
    leadingAction;

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
  const requestSchema = jsonSchemaOf(document, requestBody?.content);
  const request = bodyShape(document, requestSchema);
  const success = operationObject ? successResponse(operationObject) : undefined;
  const response = bodyShape(document, jsonSchemaOf(document, success?.content));
  const linkHeader = isObject(success?.headers) && Object.keys(success.headers).some((name) => /^link$/i.test(name));

  const paging = pagingStyle(queryNames, linkHeader, response, operation.path);
  // `/admin/users/list/{flag}`: a parameter after a list verb filters the list, it names no record.
  const listVerbAt = steps.findIndex(
    (step, index) => index > last.index && "word" in step && actionOf(step.word) === "list",
  );
  // `/users/password-reset/{token}`: a token, a code or a secret in the path names no record.
  const subjectHasId = steps
    .slice(last.index + 1, listVerbAt < 0 ? steps.length : listVerbAt)
    .some((step) => "parameter" in step && (last.entity === "session" || !/token|code|secret|hash/i.test(step.name)));

  // Parameters before the subject that name its tenant (`/accounts/{id}/users`, `/{realm}/users`) do not nest it.
  let parametersBeforeSubject = 0;
  let tenantParameters = 0;
  steps.slice(0, last.index).forEach((step, index) => {
    if (!("parameter" in step)) return;
    if (isTenantParameter(index)) tenantParameters += 1;
    else parametersBeforeSubject += 1;
  });
  // `/user/groups?accountId=`: the groups of one user named in the query are nested under that user.
  const parentEntity = before?.entity;
  if (
    (parentEntity === "user" || parentEntity === "group") &&
    query.some((parameter) => parameter.required && ID_PARAMETERS[parentEntity].has(looseName(parameter.name)))
  )
    parametersBeforeSubject += 1;
  // The caller's own account: `/users/me`, `/self/…`, or a singular `/user` with no id (`GET /user`, `/user/teams`).
  const userWordAt = steps.findIndex((step) => "word" in step && entityOf(step.word) === "user");
  const userWord = wordAt(userWordAt);
  const userIdInQuery = queryNames.some((name) => ID_PARAMETERS.user.has(name));
  // A singular `/user` is the caller's when read, or when its summary says so: `POST /rest/api/3/user` creates users.
  const caller =
    steps.slice(0, last.index + 2).some((step) => "word" in step && CALLER_WORDS.has(step.word)) ||
    (userWord !== undefined &&
      isSingular(userWord) &&
      !TENANT_WORDS.has(userWord) &&
      !(steps[userWordAt + 1] && "parameter" in steps[userWordAt + 1]) &&
      !userIdInQuery &&
      (operation.method === "get" ||
        userWordAt < steps.length - 1 ||
        CALLER_TEXT.test(`${operation.summary ?? ""} ${operation.operationId ?? ""}`)));

  const scimPath = signals.scim && operation.path.split("/").some((segment) => SCIM_RESOURCES.has(segment));
  const scimRecord = scimPath && (last.entity === "user" || last.entity === "group");
  const method = operation.method;
  // RFC 7644 holds where a SCIM description is silent: its lists filter (§3.4.2.2), its PATCH is a PatchOp
  // (§3.5.2) and a user's PATCH or PUT can set `active`.
  if (scimRecord && method === "get" && !subjectHasId && !queryNames.includes("filter")) queryNames.push("filter");
  const requestFields = new Set(request.fields);
  if (scimRecord && last.entity === "user" && subjectHasId && (method === "put" || method === "patch"))
    requestFields.add("active");
  const pathParameters = operation.parameters.filter((parameter) => parameter.in === "path");

  return {
    operation,
    subject: last.entity,
    subjectWord,
    surface: surfaceOf(operation.path, looseName(subjectWord)),
    describes,
    parent,
    subjectHasId,
    parametersBeforeSubject,
    tenantParameters,
    parentHasId: before ? hasParameterBetween(before.index, last.index) : false,
    pathParameters,
    loginParameter: loginParameter(pathParameters),
    pathAction,
    trailingWords,
    foreignWords: recovery
      ? trailingWords
      : trailingWords.filter(
          (word) =>
            !actionOf(word) &&
            !ADDRESSING_WORDS.has(word) &&
            !(last.entity === "session" && SESSION_ENDING.has(word)) &&
            !(pathAction === "password" && PASSWORD_RECOVERY.has(word)),
        ),
    textActions,
    queryNames,
    requiredQueryNames: query.filter((parameter) => parameter.required).map((parameter) => looseName(parameter.name)),
    paging,
    requestFields,
    lifecycle:
      last.entity === "user" && operation.method !== "get" ? lifecycleFieldOf(document, requestSchema) : undefined,
    scimPatch: request.fields.has("operations") || (scimRecord && subjectHasId && method === "patch"),
    responseFields: response.fields,
    responseItemFields: response.itemFields,
    responseIsList: response.isList,
    scimPath,
    caller,
    tenantRecord: signals.tenantWords.has(singular(subjectWord)),
    passwordsInSpec: signals.userPassword,
    otherName: last.entity === "user" && signals.usersCollection && !PEOPLE_WORDS.has(singular(looseName(subjectWord))),
  };
}
