// Card builders shared by the action-flow drafts: the request through httpHelper inside If Error, the
// executionStatus of a success or of an API error (FAILED with errors[] — an API error is an outcome, not a
// failed run), and the API's user record mapped to a SCIM user.
import { SCIM_GROUP_URN, SCIM_USER_URN } from "../contracts/shapes";
import type { Binding, Card, FieldSpec } from "../flow/model";
import { fieldOf, fromCard, HTTP_HELPER_INPUTS, HTTP_HELPER_OUTPUTS, literal } from "../generate/bindings";
import { HTTP_HELPER_NAME } from "../generate/context";
import type { GroupFieldMap, UserFieldMap } from "./draft-fields";

export const SCIM_PATCH_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
export const CALL_CARD = "call";
export const REQUEST_CARD = "request";

export const construct = (id: string, title: string, values: Record<string, Binding>): Card => ({
  id,
  type: "object.construct",
  title,
  inputs: values,
  dynamicInputs: Object.keys(values).map((key) => ({ key, type: { type: "any" } })),
});

const assignIf = (
  id: string,
  title: string,
  a: Binding,
  comparison: string,
  b: unknown,
  ifTrue: Binding,
  ifFalse: Binding,
): Card => ({
  id,
  type: "branch.assignIf",
  title,
  inputs: { a, comparison: literal(comparison), ...(b === undefined ? {} : { b: literal(b) }), ifTrue, ifFalse },
});

/** A card of `type` with its inputs and any other part (options, dynamic fields, blocks). */
export const cardOf = (
  id: string,
  type: string,
  title: string,
  inputs: Record<string, Binding>,
  extra: Partial<Card> = {},
): Card => ({ id, type, title, inputs, ...extra });

/** `value`, or `fallback` when it is absent or empty. */
export const orElse = (id: string, title: string, value: Binding, fallback: unknown) =>
  cardOf(id, "branch.assignIf", title, {
    a: value,
    comparison: literal("is empty"),
    ifTrue: literal(fallback),
    ifFalse: value,
  });

/** Each item of `list` through the helper flow `flow`, with the extra (text) inputs given. */
export const mapThrough = (id: string, list: Binding, flow: string, extra: Record<string, Binding> = {}) =>
  cardOf(
    id,
    "list.map",
    `Each through "${flow}"`,
    { list, ...extra },
    { options: { flow }, dynamicInputs: Object.keys(extra).map((key) => fieldOf(key, "text")) },
  );

/** A SCIM PatchOp body (RFC 7644 §3.5.2) carrying the operations at `operations` (a list). */
export function scimPatchCard(operations: Binding): Card {
  return construct("body", "SCIM PatchOp", { schemas: literal([SCIM_PATCH_SCHEMA]), Operations: operations });
}

/** The cards building a SCIM PatchOp body (card "body") of one operation (`op`, `path`, `value`). */
export function oneOperationPatchCards(title: string, operation: Record<string, Binding>): Card[] {
  return [
    construct("operation", title, operation),
    {
      id: "operations",
      type: "list.append",
      title: "Operations[]",
      inputs: { list: literal([]), item: fromCard("operation", "output") },
    },
    scimPatchCard(fromCard("operations", "output")),
  ];
}

/** The relative URL: the path with each `{param}` filled from its (URL-encoded) source. */
export function relativeUrlCards(path: string, sources: Record<string, Binding>): { cards: Card[]; url: Binding } {
  const names = [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]);
  if (!names.length) return { cards: [], url: literal(path) };
  const cards: Card[] = [];
  const placeholders: Record<string, Binding> = {};
  let template = path;
  names.forEach((name, index) => {
    const key = `param${index + 1}`;
    cards.push({ id: `encode_${key}`, type: "url.encode", title: `Encode {${name}}`, inputs: { text: sources[name] } });
    placeholders[key] = fromCard(`encode_${key}`, "output");
    template = template.replace(`{${name}}`, `{{${key}}}`);
  });
  cards.push({
    id: "url",
    type: "text.compose",
    title: "Relative URL",
    inputs: { template: literal(template), ...placeholders },
    dynamicInputs: Object.keys(placeholders).map((key) => fieldOf(key, "text")),
  });
  return { cards, url: fromCard("url", "output") };
}

/** The value as text (an API's numeric id is the contract's string id); null or absent stays empty. */
const textCard = (id: string, title: string, value: Binding): Card => ({
  id,
  type: "text.compose",
  title,
  inputs: { template: literal("{{value}}"), value },
  dynamicInputs: [fieldOf("value", "text")],
});

/** A Construct that leaves out the keys whose value is null, absent or empty (an API's `null` is no value). */
export const constructPresent = (id: string, title: string, values: Record<string, Binding>): Card => ({
  ...construct(id, title, values),
  options: { omitEmpty: true },
});

/**
 * The contract's record given to a write (`record`, an event input) without its empty values, and without its id
 * for a create (the API gives it): what an answer that says nothing is completed from, or a SCIM body is made of.
 */
export function presentRecordCards(
  prefix: string,
  source: Binding,
  withoutId: boolean,
): { cards: Card[]; record: Binding } {
  const cards: Card[] = [];
  let record = source;
  if (withoutId) {
    cards.push(
      cardOf(`${prefix}WithoutId`, "object.set", "No id: the API gives it", {
        object: source,
        path: literal("id"),
        value: literal(null),
      }),
    );
    record = fromCard(`${prefix}WithoutId`, "output");
  }
  cards.push(constructPresent(`${prefix}Present`, "Without empty values", { record }));
  return { cards, record: fromCard(`${prefix}Present`, "output", "record") };
}

/** What a write's answer is completed from: the request's record, and for a create the id its Location names. */
export interface Completion {
  record: Binding;
  idFromLocation: boolean;
}

/** A create's id from its answer's `Location` header (`/users/123` → 123): an empty object when it has none. */
function locationIdCards(id: string): Card[] {
  return [
    orElse(`${id}Location`, "The answer's Location", fromCard(REQUEST_CARD, "headers", "location"), ""),
    cardOf(`${id}Segments`, "text.split", "Its path segments", {
      text: fromCard(`${id}Location`, "output"),
      delimiter: literal("/"),
    }),
    cardOf(`${id}Last`, "list.at", "The last one", { list: fromCard(`${id}Segments`, "output"), index: literal(-1) }),
    constructPresent(`${id}LocationId`, "The id it names", { id: fromCard(`${id}Last`, "output") }),
  ];
}

/**
 * The contract's record completed from the request where the API's answer leaves a value out (an untyped or
 * partial write answer): the answer's values win, the request's fill the gaps, so `id` and `userName` are there.
 */
export function completedCards(
  id: string,
  record: Binding,
  complete: Completion | undefined,
): { cards: Card[]; output: Binding } {
  if (!complete) return { cards: [], output: record };
  const cards: Card[] = [];
  let given = complete.record;
  if (complete.idFromLocation) {
    cards.push(
      ...locationIdCards(id),
      cardOf(`${id}Given`, "object.merge", "The request's record with that id", {
        object1: given,
        object2: fromCard(`${id}LocationId`, "output"),
      }),
    );
    given = fromCard(`${id}Given`, "output");
  }
  cards.push(
    // An answer without a body (204) is an empty record, completed entirely from the request.
    orElse(`${id}Answer`, "The answer's record, or none", record, {}),
    cardOf(id, "object.merge", "Completed from the request where the answer says nothing", {
      object1: given,
      object2: fromCard(`${id}Answer`, "output"),
    }),
  );
  return { cards, output: fromCard(id, "output") };
}

/**
 * Fills a SCIM user from the API's record at `source` (a binding path into the response). Values the API leaves
 * out or sends as `null` are left out, never copied as a wrongly typed value; `complete` (the request's user) fills
 * what the answer does not say.
 */
export function scimUserCards(
  map: UserFieldMap,
  source: (field: string) => Binding,
  complete?: Completion,
): { cards: Card[]; user: Binding } {
  const cards: Card[] = [];
  const values: Record<string, Binding> = { schemas: literal([SCIM_USER_URN]) };
  if (map.id && map.idIsText) values.id = source(map.id);
  else if (map.id) {
    cards.push(textCard("userIdText", "The id as text", source(map.id)));
    values.id = fromCard("userIdText", "output");
  }
  const name: Record<string, Binding> = {};
  for (const [attribute, field] of Object.entries(map.attributes)) {
    if (attribute === "password") continue;
    if (attribute.startsWith("name.")) name[attribute.slice(5)] = source(field);
    else values[attribute] = source(field);
  }
  if (Object.keys(name).length) {
    cards.push(constructPresent("userNameParts", "SCIM name", name));
    values.name = fromCard("userNameParts", "output");
  }
  if (map.email) {
    cards.push(
      construct("primaryEmail", "Primary email", {
        value: source(map.email),
        type: literal("work"),
        primary: literal(true),
      }),
      {
        id: "emails",
        type: "list.append",
        title: "SCIM emails",
        inputs: { list: literal([]), item: fromCard("primaryEmail", "output") },
      },
    );
    values.emails = fromCard("emails", "output");
    // An answer the spec does not describe may lack the address: no email entry without one.
    if (complete) {
      cards.push(
        assignIf(
          "someEmails",
          "No emails without an address",
          source(map.email),
          "is empty",
          undefined,
          literal([]),
          values.emails,
        ),
      );
      values.emails = fromCard("someEmails", "output");
    }
  }
  if (map.status?.kind === "boolean") values.active = source(map.status.field);
  else if (map.status) {
    cards.push(
      assignIf(
        "active",
        "Active when the status is active",
        source(map.status.field),
        "equal ignoring case",
        "active",
        literal(true),
        literal(false),
      ),
    );
    values.active = fromCard("active", "output");
    // An answer the spec does not describe may not say the status: then it says no state, not "inactive".
    if (complete) {
      cards.push(
        assignIf(
          "someActive",
          "No state without a status",
          source(map.status.field),
          "is empty",
          undefined,
          literal(null),
          values.active,
        ),
      );
      values.active = fromCard("someActive", "output");
    }
  }
  cards.push(constructPresent("scimUser", "SCIM user", values));
  const completed = completedCards("completedUser", fromCard("scimUser", "output"), complete);
  return { cards: [...cards, ...completed.cards], user: completed.output };
}

/** Fills a SCIM group from the API's record at `source`, values it leaves out completed from `complete`. */
export function scimGroupCards(fields: GroupFieldMap, source: (field: string) => Binding, complete?: Completion) {
  const values: Record<string, Binding> = { schemas: literal([SCIM_GROUP_URN]) };
  const cards: Card[] = [];
  for (const attribute of ["id", "displayName", "description"] as const)
    if (fields[attribute]) values[attribute] = source(fields[attribute]);
  if (fields.id && !fields.idIsText) {
    cards.push(textCard("groupIdText", "The id as text", source(fields.id)));
    values.id = fromCard("groupIdText", "output");
  }
  const completed = completedCards("completedGroup", fromCard("scimGroup", "output"), complete);
  return {
    cards: [...cards, constructPresent("scimGroup", "SCIM group", values), ...completed.cards],
    group: completed.output,
  };
}

/**
 * How a refused read by id is told apart from a bad credential. Some APIs answer 403 for a record that does not
 * exist (or is not visible), so as not to say whether it does: "documented" when the operation's own responses say
 * so (see `refusalMeansNotFound`), "when said" when only the API's message can tell ("not found", "does not exist").
 */
export type RefusalRule = "documented" | "whenSaid";

/** FAILED with one error: the API's own message, its status and the contract's error type. */
function failureCards(errorMessagePath: string[] | undefined, refusal: RefusalRule | undefined): Card[] {
  const error = (...path: string[]) => fromCard(CALL_CARD, "error", ...path);
  const status = error("statusCode");
  // The message where the spec's error schema says, else wherever the body keeps one (lib/http/api-message).
  const found = error("details", "apiMessage");
  const cards: Card[] = [
    ...(errorMessagePath
      ? [
          assignIf(
            "documentedMessage",
            "The message where the spec says",
            error("details", "body", ...errorMessagePath),
            "is empty",
            undefined,
            found,
            error("details", "body", ...errorMessagePath),
          ),
        ]
      : []),
  ];
  const apiMessage = errorMessagePath ? fromCard("documentedMessage", "output") : found;
  cards.push(
    assignIf("summary", "The API's own message", apiMessage, "is empty", undefined, error("message"), apiMessage),
  );
  // A refusal on a read by id whose message says the record is missing is RESOURCE_NOT_FOUND (RefusalRule).
  let refused: Binding = literal(refusal === "documented" ? "RESOURCE_NOT_FOUND" : "INVALID_CREDENTIALS");
  if (refusal === "whenSaid")
    for (const [index, words] of ["not found", "does not exist"].entries()) {
      const id = `refusalSays${index + 1}`;
      const title = `A refusal that says "${words}" is RESOURCE_NOT_FOUND`;
      const summary = fromCard("summary", "output");
      cards.push(assignIf(id, title, summary, "contains ignoring case", words, literal("RESOURCE_NOT_FOUND"), refused));
      refused = fromCard(id, "output");
    }
  const chain: [number, string, Binding][] = [
    [404, "RESOURCE_NOT_FOUND", literal("RESOURCE_NOT_FOUND")],
    [429, "RATE_LIMIT_EXCEEDED", literal("RATE_LIMIT_EXCEEDED")],
    [403, refusal ? "a refusal" : "INVALID_CREDENTIALS", refused],
    [401, "INVALID_CREDENTIALS", literal("INVALID_CREDENTIALS")],
  ];
  let previous: Binding = literal("GENERIC_FAILURE");
  for (const [code, said, type] of chain) {
    cards.push(assignIf(`type${code}`, `${code} is ${said}`, status, "equal", code, type, previous));
    previous = fromCard(`type${code}`, "output");
  }
  cards.push(
    assignIf(
      "errorType",
      "An expired token is TOKEN_EXPIRED",
      fromCard("summary", "output"),
      "contains ignoring case",
      "expired",
      literal("TOKEN_EXPIRED"),
      previous,
    ),
    construct("failure", "The error", {
      code: error("code"),
      summary: fromCard("summary", "output"),
      httpStatusCode: status,
      type: fromCard("errorType", "output"),
    }),
    {
      id: "errors",
      type: "list.append",
      title: "errors[]",
      inputs: { list: literal([]), item: fromCard("failure", "output") },
    },
    construct("failed", "FAILED", { status: literal("FAILED"), errors: fromCard("errors", "output") }),
  );
  return cards;
}

/** httpHelper called with the request; a non-2xx answer fails it (the If Error around it catches that). */
export function requestCard(
  spec: { method: string; url: Binding; query?: Binding; body?: Binding },
  id = REQUEST_CARD,
): Card {
  return {
    id,
    type: "flow.callFlow",
    title: `Call ${HTTP_HELPER_NAME}`,
    options: { flow: HTTP_HELPER_NAME },
    inputs: {
      relative_url: spec.url,
      request_method: literal(spec.method),
      ...(spec.query ? { query: spec.query } : {}),
      ...(spec.body ? { body: spec.body } : {}),
    },
    dynamicInputs: HTTP_HELPER_INPUTS,
    dynamicOutputs: HTTP_HELPER_OUTPUTS,
  };
}

export interface CallSpec {
  /** Cards that make the calls instead of one request (a For Each over group members). */
  requestCards?: Card[];
  method: string;
  url: Binding;
  query?: Binding;
  body?: Binding;
  errorMessagePath?: string[];
  /** A read by id: when a 403 means the record is not there (see RefusalRule). */
  refusal?: RefusalRule;
  /** Cards after a successful response (inside `try`) and the outputs they give the flow. */
  onSuccess: { cards: Card[]; results: Record<string, Binding> };
  /** Outputs besides executionStatus when the API answers with an error (Universal Logout's FAILURE). */
  onFailure?: Record<string, Binding>;
  /** The flow outputs besides executionStatus, as the If Error card declares them. */
  outputs: FieldSpec[];
}

/** The request inside If Error: on success the `onSuccess` results and SUCCEEDED; on an API error, FAILED. */
export function callCard(spec: CallSpec): Card {
  return {
    id: CALL_CARD,
    type: "error.ifError",
    title: `${spec.method} through ${HTTP_HELPER_NAME}`,
    inputs: {},
    dynamicOutputs: [fieldOf("executionStatus", "object"), ...spec.outputs],
    blocks: [
      {
        id: "try",
        cards: [...(spec.requestCards ?? [requestCard(spec)]), ...spec.onSuccess.cards],
        results: { executionStatus: literal({ status: "SUCCEEDED" }), ...spec.onSuccess.results },
      },
      {
        id: "catch",
        cards: failureCards(spec.errorMessagePath, spec.refusal),
        results: { executionStatus: fromCard("failed", "output"), ...spec.onFailure },
      },
    ],
  };
}

/**
 * The same cards under other ids (`prefix` + id, at any depth), their references to one another following: a second
 * copy of a step in one flow, whose card ids are unique.
 */
export function withIdPrefix(cards: Card[], prefix: string): Card[] {
  const ids = new Set<string>();
  const collect = (list: Card[]) => {
    for (const card of list) {
      ids.add(card.id);
      for (const block of card.blocks ?? []) collect(block.cards);
    }
  };
  collect(cards);
  const renamed = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(renamed);
    if (value === null || typeof value !== "object") return value;
    const object = value as Record<string, unknown>;
    if (object.kind === "ref" && typeof object.card === "string" && ids.has(object.card))
      return { ...object, card: `${prefix}${object.card}` };
    return Object.fromEntries(Object.entries(object).map(([key, inner]) => [key, renamed(inner)]));
  };
  const card = (original: Card): Card => ({
    ...(renamed(original) as Card),
    id: `${prefix}${original.id}`,
    ...(original.blocks
      ? {
          blocks: original.blocks.map((block) => ({
            ...(renamed(block) as typeof block),
            cards: block.cards.map(card),
          })),
        }
      : {}),
  });
  return cards.map(card);
}
