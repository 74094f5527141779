// Plain REST: records with fields of their own names, mapped field by field to the contract's SCIM records;
// filters as named query parameters; memberships as sub-resources; lifecycle as a status field or its own call.
import type { Binding, Card } from "../../flow/model";
import { fromEvent, literal } from "../../generate/bindings";
import { type Completion, construct, presentRecordCards, scimGroupCards, scimUserCards } from "../draft-cards";
import {
  groupFieldMap,
  lifecycleField,
  listShape,
  operationBodies,
  type UserFieldMap,
  userFieldMap,
} from "../draft-fields";
import { equalsListFilter } from "../query-language";
import { bodyCards, responseField } from "../contracts/shared/record-flow";
import { listDraft } from "../contracts/shared/list-flow";
import { byGroup, memberByMemberDraft } from "../contracts/shared/member-flow";
import { found, none } from "../contracts/shared/evidence";
import { scoreOperation } from "../score";
import { LIFECYCLE_FIELDS } from "../words";
import type { ApiStyle, DraftTarget, RecordExchange } from "./model";
import { indexedOperation } from "./target";

/** User body fields (loose) that hold the groups the user belongs to. */
const MEMBERSHIP_FIELDS = new Set(["groups", "groupids", "teams", "teamids", "usergroups"]);

/**
 * The API's group in the response (else read by the request's field names, its id as `id`) mapped to the contract's
 * group; `complete` (the request's group) fills what the answer leaves out.
 */
export function groupRecord(target: DraftTarget, complete?: Completion): RecordExchange["record"] {
  const { bodies } = target;
  const responseMap = groupFieldMap(bodies.response.fields, bodies.response.textFields);
  const map = responseMap.id ? responseMap : { ...groupFieldMap(bodies.request.fields), id: "id" };
  const group = scimGroupCards(map, responseField(bodies), complete);
  return { cards: group.cards, value: group.group };
}

/** The cards giving the contract's record from the request, for a write's answer to be completed from. */
export function givenRecord(target: DraftTarget, record: "user" | "group"): { cards: Card[]; completion: Completion } {
  const create = target.operation.method === "post";
  const given = presentRecordCards("request", fromEvent(record), create);
  return { cards: given.cards, completion: { record: given.record, idFromLocation: create } };
}

/** The user record as the API shows it beside this operation: the request's fields, else its collection's. */
function recordMapElsewhere(target: DraftTarget, requestMap: UserFieldMap): UserFieldMap {
  if (requestMap.attributes.userName) return requestMap;
  const { document, operation } = target;
  const collection = operation.path.replace(/\/\{[^}/]+\}$/, "");
  for (const fields of [
    listShape(document, "get", collection).itemFields,
    operationBodies(document, "post", collection).request.fields,
  ]) {
    const map = userFieldMap(fields);
    if (map.attributes.userName) return map;
  }
  return requestMap;
}

export const rest: ApiStyle = {
  name: "rest",
  detect: () => true,

  userExchange(target, withBody) {
    const { bodies, operation } = target;
    const responseMap = userFieldMap(bodies.response.fields, bodies.response.textFields);
    const requestMap = userFieldMap(bodies.request.fields);
    if (withBody && !Object.keys(requestMap.attributes).length)
      return `the request body of ${operation.method.toUpperCase()} ${operation.path} has no field a SCIM user attribute matches`;
    const cards: RecordExchange["cards"] = [];
    let body: Binding | undefined;
    let complete: Completion | undefined;
    if (withBody) {
      const values: Record<string, Binding> = {};
      for (const [attribute, field] of Object.entries(requestMap.attributes))
        values[field] = fromEvent("user", ...attribute.split("."));
      if (requestMap.email && !values[requestMap.email]) values[requestMap.email] = fromEvent("user", "userName");
      body = bodyCards(cards, "Request body (from the contract's user)", values, bodies.request.envelope);
      // An answer described without the user's id or login (untyped, or partial) is completed from the request.
      if (!responseMap.id || !responseMap.attributes.userName) {
        const given = givenRecord(target, "user");
        cards.push(...given.cards);
        complete = given.completion;
      }
    }
    // An answer the spec does not describe is read by the fields the API's user record shows elsewhere (the request,
    // else the collection's list items or create body), and its id as `id`.
    const map = responseMap.id ? responseMap : { ...recordMapElsewhere(target, requestMap), id: "id" };
    const user = scimUserCards(map, responseField(bodies), complete);
    const mapped = Object.entries(responseMap.attributes)
      .map(([attribute, field]) => `${attribute} ← ${field}`)
      .join(", ");
    return {
      cards,
      body,
      record: { cards: user.cards, value: user.user },
      note: ` Response mapping: ${mapped || "none found"}${complete ? "; what the answer leaves out is completed from the request" : ""}.`,
    };
  },

  groupExchange(target, withBody) {
    const { bodies, operation } = target;
    const requestMap = groupFieldMap(bodies.request.fields);
    const cards: RecordExchange["cards"] = [];
    if (!withBody) return { cards, record: groupRecord(target) };
    if (!requestMap.displayName) return `the request body of ${operation.path} has no field for the group's name`;
    const values: Record<string, Binding> = { [requestMap.displayName]: fromEvent("group", "displayName") };
    if (requestMap.description) values[requestMap.description] = fromEvent("group", "description");
    const body = bodyCards(cards, "Request body (from the contract's group)", values, bodies.request.envelope);
    const described = groupFieldMap(bodies.response.fields);
    if (described.id && described.displayName) return { cards, body, record: groupRecord(target) };
    const given = givenRecord(target, "group");
    return { cards: [...cards, ...given.cards], body, record: groupRecord(target, given.completion) };
  },

  itemAsUser: (fields, field, _whole, textFields) => scimUserCards(userFieldMap(fields, textFields), field),

  equalsFilter(target, attribute, value) {
    const { document, operation } = target;
    const items = listShape(document, operation.method, operation.path).itemFields;
    const field = attribute === "userName" ? userFieldMap(items).attributes.userName : groupFieldMap(items).displayName;
    const indexed = indexedOperation(target);
    return indexed && equalsListFilter(document, indexed, attribute, field, value);
  },

  pagingEvidence: (facts) => (facts.paging ? found(0.05, `pages by ${facts.paging}`) : none),

  // A user whose update carries its groups (`PATCH /users/{id}` with `groups: [...]`): the membership is a field.
  membershipByUpdate(facts, kind) {
    const field = [...facts.requestFields].find((name) => MEMBERSHIP_FIELDS.has(name));
    if (!field) return undefined;
    const base = scoreOperation(facts, { entity: "user", actions: ["update"], one: true, methods: ["patch", "put"] });
    return base && { score: base.score - 0.2, reasons: [...base.reasons, `its "${field}" field ${kind}s groups`] };
  },
  membersWithGroup: () => undefined,
  membersChange: memberByMemberDraft,
  membersList: (target) => listDraft(target, "member", byGroup),

  lifecycleByUpdate(facts, base, kind) {
    // A boolean or an enum of states in the schema says how to set the state: nearly as good as a call of its own.
    if (facts.lifecycle) {
      const { field, active, inactive } = facts.lifecycle;
      const value = JSON.stringify(kind === "activate" ? active : inactive);
      return { score: base.score - 0.1, reasons: [...base.reasons, `its body sets "${field}" to ${value}`] };
    }
    const field = LIFECYCLE_FIELDS.find((name) => facts.requestFields.has(name));
    if (!field) return undefined;
    const said = facts.textActions.has(kind);
    return {
      score: base.score - (said ? 0.2 : 0.3),
      reasons: [...base.reasons, `its body sets "${field}"`, ...(said ? [`its summary says ${kind}`] : [])],
    };
  },
  lifecycleBody(target, state) {
    const { document, operation, bodies } = target;
    const field = lifecycleField(document, operation.method, operation.path);
    if (field) {
      const value = { [field.field]: field[state] };
      return { body: literal(bodies.request.envelope ? { [bodies.request.envelope]: value } : value) };
    }
    if (operation.method === "put" || operation.method === "patch")
      if (bodies.request.fields.length) return `the request body of ${operation.path} has no field that sets the state`;
    return {};
  },
  passwordByUpdate(facts) {
    if (!facts.requestFields.has("password")) return undefined;
    const base = scoreOperation(facts, { entity: "user", actions: ["update"], one: true, methods: ["put", "patch"] });
    return base && { score: base.score - 0.25, reasons: [...base.reasons, "its body sets the password"] };
  },
  passwordBody({ bodies, operation }) {
    const field = bodies.request.fields.find((name) => name.toLowerCase() === "password");
    if (!field) return `the request body of ${operation.path} has no password field`;
    return [construct("body", "Request body", { [field]: fromEvent("password") })];
  },
  groupUpdateEvidence: (facts) => (facts.operation.method === "put" ? found(0.03, "PUT replaces the group") : none),
  schemaDiscovery(facts, listed, entity) {
    if (entity === "schema" && (facts.parent === "user" || facts.trailingWords.length === 0)) return listed;
    return undefined;
  },

  errorMessagePath: (target) => target.bodies.errorMessagePath,
};
