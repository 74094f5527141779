// SCIM 2.0 (RFC 7643/7644): records are the contract's records already; `filter=attr eq "…"`; PatchOp bodies for
// renames, memberships, lifecycle and passwords; a group carries its members. Where an operation of a SCIM API
// does none of this (a PUT without PatchOp, a list without `filter`), it is drafted as plain REST.
import { fromCard, fromEvent, literal } from "../../generate/bindings";
import {
  construct,
  oneOperationPatchCards,
  REQUEST_CARD,
  SCIM_PATCH_SCHEMA,
  scimEqualsFilterCards,
} from "../draft-cards";
import { groupFieldMap } from "../draft-fields";
import { scimAddMembers, scimListMembers, scimRemoveMembers } from "../draft-scim-groups";
import { SCIM_RESOURCES } from "../facts";
import { scoreOperation } from "../score";
import { looseName } from "../words";
import type { ApiStyle, OperationSigns } from "./model";
import { groupRecord, nameParameter, rest } from "./rest";

/** A SCIM API's record (`schemas` + `userName`): it is the contract's user already. */
const isScimRecord = (fields: readonly string[]) => fields.includes("schemas") && fields.includes("userName");
/** A SCIM PatchOp request (`Operations`). */
const isPatchOp = (fields: readonly string[]) => fields.includes("Operations");

function detect(signs: OperationSigns): boolean {
  const loose = (fields: readonly string[] = []) => new Set(fields.map(looseName));
  const request = loose(signs.requestFields);
  const response = loose(signs.responseFields);
  const items = loose(signs.itemFields);
  const record = (fields: Set<string>) => fields.has("schemas") && fields.has("username");
  return (
    signs.path.split("/").some((segment) => SCIM_RESOURCES.has(segment)) ||
    request.has("operations") ||
    record(request) ||
    record(response) ||
    record(items) ||
    (response.has("schemas") && response.has("members")) ||
    loose(signs.queryNames).has("filter")
  );
}

export const scim: ApiStyle = {
  name: "scim",
  detect,

  userExchange(target, withBody) {
    const { bodies } = target;
    if (!isScimRecord(bodies.request.fields) && (withBody || !isScimRecord(bodies.response.fields)))
      return rest.userExchange(target, withBody);
    return {
      cards: [],
      body: withBody ? fromEvent("user") : undefined,
      record: { cards: [], value: fromCard(REQUEST_CARD, "body") },
      note: " A SCIM API: the user goes as it is.",
    };
  },

  groupExchange(target, withBody) {
    const { bodies } = target;
    if (!withBody || !isPatchOp(bodies.request.fields)) return rest.groupExchange(target, withBody);
    const values = { displayName: fromEvent("group", "displayName") };
    const replacement = groupFieldMap(bodies.response.fields).description
      ? { ...values, description: fromEvent("group", "description") }
      : values;
    return {
      cards: [
        construct("replacement", "The new name", replacement),
        ...oneOperationPatchCards("Replace the name", {
          op: literal("replace"),
          value: fromCard("replacement", "output"),
        }),
      ],
      body: fromCard("body", "output"),
      record: groupRecord(target),
    };
  },

  itemAsUser: (fields, field, whole) =>
    isScimRecord(fields) ? { cards: [], user: whole } : rest.itemAsUser(fields, field, whole),

  equalsFilter(attribute, value, queryNames) {
    const scimFilter =
      attribute === "userName" ? nameParameter(attribute, queryNames) === "filter" : queryNames.includes("filter");
    if (!scimFilter) return rest.equalsFilter(attribute, value, queryNames);
    return { cards: scimEqualsFilterCards(attribute, value), query: { filter: fromCard("filter", "output") } };
  },

  // startIndex/count paging is one of lib/paging's styles, found from the parameters like any other.
  pagingEvidence: (facts) => rest.pagingEvidence(facts),

  membershipByUpdate(facts, kind) {
    if (!facts.scimPatch) return rest.membershipByUpdate(facts, kind);
    const base = scoreOperation(facts, { entity: "group", actions: ["update"], one: true, methods: ["patch"] });
    return base && { score: base.score - 0.15, reasons: [...base.reasons, `SCIM PATCH ${kind}s members`] };
  },
  membersWithGroup(facts) {
    if (!facts.scimPath || !facts.responseFields.has("members")) return rest.membersWithGroup(facts);
    const group = scoreOperation(facts, { entity: "group", actions: ["read"], one: true, methods: ["get"] });
    return group && { score: group.score - 0.2, reasons: [...group.reasons, "the group carries its members"] };
  },
  membersChange(target, kind) {
    if (!isPatchOp(target.bodies.request.fields)) return rest.membersChange(target, kind);
    return (kind === "add" ? scimAddMembers : scimRemoveMembers)(
      target.contract,
      target.action,
      target.document,
      target.index,
    );
  },
  membersList(target) {
    const fields = target.bodies.response.fields;
    if (!fields.includes("schemas") || !fields.includes("members")) return rest.membersList(target);
    return scimListMembers(target.contract, target.action, target.document, target.index);
  },

  lifecycleByUpdate(facts, base, kind) {
    if (!facts.scimPatch) return rest.lifecycleByUpdate(facts, base, kind);
    // RFC 7644 §3.5.2: a PATCH replaces `active` alone, where a PUT would have to send the whole user.
    return { score: base.score - 0.05, reasons: [...base.reasons, "SCIM PATCH sets active"] };
  },
  lifecycleBody(target, state) {
    if (!isPatchOp(target.bodies.request.fields)) return rest.lifecycleBody(target, state);
    const patch = {
      schemas: [SCIM_PATCH_SCHEMA],
      Operations: [{ op: "replace", path: "active", value: state === "active" }],
    };
    return { body: literal(patch) };
  },
  passwordByUpdate(facts) {
    if (!facts.scimPatch) return rest.passwordByUpdate(facts);
    // RFC 7643 allows a password, but a service whose description never shows one does not take it.
    if (!facts.passwordsInSpec) return undefined;
    const base = scoreOperation(facts, { entity: "user", actions: ["update"], one: true, methods: ["put", "patch"] });
    return base && { score: base.score - 0.2, reasons: [...base.reasons, "its body sets the password"] };
  },
  passwordBody(target) {
    if (!isPatchOp(target.bodies.request.fields)) return rest.passwordBody(target);
    return oneOperationPatchCards("Replace the password", {
      op: literal("replace"),
      path: literal("password"),
      value: fromEvent("password"),
    });
  },
  // A SCIM PUT replaces the members too (RFC 7644 §3.5.1), which the contract does not carry: PATCH renames.
  groupUpdateEvidence: (facts) =>
    facts.scimPatch
      ? { score: 0.06, reasons: ["SCIM PATCH renames the group and keeps its members"] }
      : rest.groupUpdateEvidence(facts),
  schemaDiscovery(facts, listed, entity) {
    if (!facts.scimPath) return rest.schemaDiscovery(facts, listed, entity);
    return { score: listed.score + 0.1, reasons: [...listed.reasons, "SCIM discovery endpoint"] };
  },

  errorMessagePath: (target) => rest.errorMessagePath(target),
};
