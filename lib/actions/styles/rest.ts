// Plain REST: records with fields of their own names, mapped field by field to the contract's SCIM records;
// filters as named query parameters; memberships as sub-resources; lifecycle as a status field or its own call.
import type { Binding } from "../../flow/model";
import { fromEvent, literal } from "../../generate/bindings";
import { construct, scimGroupCards, scimUserCards } from "../draft-cards";
import { groupFieldMap, lifecycleField, userFieldMap } from "../draft-fields";
import { bodyCards, responseField } from "../contracts/shared/record-flow";
import { listDraft } from "../contracts/shared/list-flow";
import { byGroup, memberByMemberDraft } from "../contracts/shared/member-flow";
import { found, none } from "../contracts/shared/evidence";
import { scoreOperation } from "../score";
import { LIFECYCLE_FIELDS, looseName, USER_NAME_PARAMETERS } from "../words";
import type { ApiStyle, DraftTarget, RecordExchange } from "./model";

const DISPLAY_NAME_PARAMETERS = ["name", "displayname", "search", "q", "query"];

/** The query parameter a list takes a user name or a group name in. */
/** User body fields (loose) that hold the groups the user belongs to. */
const MEMBERSHIP_FIELDS = new Set(["groups", "groupids", "teams", "teamids", "usergroups"]);

export function nameParameter(attribute: "userName" | "displayName", queryNames: string[]): string | undefined {
  return attribute === "userName"
    ? queryNames.find((name) => USER_NAME_PARAMETERS.has(looseName(name)))
    : queryNames.find((name) => DISPLAY_NAME_PARAMETERS.includes(looseName(name)));
}

/** The API's group in the response (else the request) mapped to the contract's group. */
export function groupRecord(target: DraftTarget): RecordExchange["record"] {
  const { bodies } = target;
  const responseMap = groupFieldMap(bodies.response.fields);
  const group = scimGroupCards(
    responseMap.id ? responseMap : groupFieldMap(bodies.request.fields),
    responseField(bodies),
  );
  return { cards: group.cards, value: group.group };
}

export const rest: ApiStyle = {
  name: "rest",
  detect: () => true,

  userExchange(target, withBody) {
    const { bodies } = target;
    const responseMap = userFieldMap(bodies.response.fields);
    const requestMap = userFieldMap(bodies.request.fields);
    const cards: RecordExchange["cards"] = [];
    let body: Binding | undefined;
    if (withBody) {
      const values: Record<string, Binding> = {};
      for (const [attribute, field] of Object.entries(requestMap.attributes))
        values[field] = fromEvent("user", ...attribute.split("."));
      if (requestMap.email && !values[requestMap.email]) values[requestMap.email] = fromEvent("user", "userName");
      body = bodyCards(cards, "Request body (from the contract's user)", values, bodies.request.envelope);
    }
    const user = scimUserCards(responseMap.id ? responseMap : requestMap, responseField(bodies));
    const mapped = Object.entries(responseMap.attributes)
      .map(([attribute, field]) => `${attribute} ← ${field}`)
      .join(", ");
    return {
      cards,
      body,
      record: { cards: user.cards, value: user.user },
      note: ` Response mapping: ${mapped || "none found"}.`,
    };
  },

  groupExchange(target, withBody) {
    const { bodies, operation } = target;
    const requestMap = groupFieldMap(bodies.request.fields);
    const cards: RecordExchange["cards"] = [];
    let body: Binding | undefined;
    if (withBody) {
      if (!requestMap.displayName) return `the request body of ${operation.path} has no field for the group's name`;
      const values: Record<string, Binding> = { [requestMap.displayName]: fromEvent("group", "displayName") };
      if (requestMap.description) values[requestMap.description] = fromEvent("group", "description");
      body = bodyCards(cards, "Request body (from the contract's group)", values, bodies.request.envelope);
    }
    return { cards, body, record: groupRecord(target) };
  },

  itemAsUser: (fields, field) => scimUserCards(userFieldMap(fields), field),

  equalsFilter(attribute, value, queryNames) {
    const parameter = nameParameter(attribute, queryNames);
    return parameter ? { cards: [], query: { [parameter]: value } } : undefined;
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
