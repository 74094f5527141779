// SCIM 2.0 (RFC 7643/7644): records are the contract's records already; `filter=attr eq "…"`; PatchOp bodies for
// renames, memberships, lifecycle and passwords; a group carries its members. Where an operation of a SCIM API
// does none of this (a PUT without PatchOp, a list without `filter`), it is drafted as plain REST.
import { fromCard, fromEvent, literal } from "../../generate/bindings";
import {
  completedCards,
  constructPresent,
  oneOperationPatchCards,
  REQUEST_CARD,
  SCIM_PATCH_SCHEMA,
} from "../draft-cards";
import { scimRecordBody, scimUserPatch } from "../draft-scim-bodies";
import { groupFieldMap, listShape } from "../draft-fields";
import { equalsListFilter } from "../query-language";
import { scimAddMembers, scimListMembers, scimRemoveMembers } from "../draft-scim-groups";
import { SCIM_RESOURCES } from "../facts";
import { scoreOperation } from "../score";
import { looseName } from "../words";
import type { ApiStyle, OperationSigns } from "./model";
import { givenRecord, groupRecord, rest } from "./rest";
import { indexedOperation } from "./target";

/** A SCIM API's record (`schemas` + `userName`): it is the contract's user already. */
const isScimRecord = (fields: readonly string[]) => fields.includes("schemas") && fields.includes("userName");
/** A SCIM PatchOp request (`Operations`). */
const isPatchOp = (fields: readonly string[]) => fields.includes("Operations");

/** A path under SCIM's own resources (`/Users`, `/Groups`, …). */
const isScimPath = (path: string) => path.split("/").some((segment) => SCIM_RESOURCES.has(segment));

function detect(signs: OperationSigns): boolean {
  const loose = (fields: readonly string[] = []) => new Set(fields.map(looseName));
  const request = loose(signs.requestFields);
  const response = loose(signs.responseFields);
  const items = loose(signs.itemFields);
  const record = (fields: Set<string>) => fields.has("schemas") && fields.has("username");
  return (
    isScimPath(signs.path) ||
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
    const { bodies, operation } = target;
    const patchOp = withBody && isPatchOp(bodies.request.fields);
    if (!patchOp && !isScimRecord(bodies.request.fields) && (withBody || !isScimRecord(bodies.response.fields)))
      return rest.userExchange(target, withBody);
    const answer = fromCard(REQUEST_CARD, "body");
    if (!withBody)
      return { cards: [], record: { cards: [], value: answer }, note: " A SCIM API: the user comes as it is." };
    // A PatchOp replaces what has a value and removes what was emptied; a POST or PUT sends the user itself.
    const patch = patchOp ? scimUserPatch(bodies.response.fields) : undefined;
    const sent = patch
      ? { cards: patch.cards, body: fromCard("body", "output") }
      : scimRecordBody("user", { withoutId: operation.method === "post" });
    // A SCIM service answers with the user; one whose description does not say so is completed from the request.
    const given = isScimRecord(bodies.response.fields) ? undefined : givenRecord(target, "user");
    const record = completedCards("completedUser", answer, given?.completion);
    return {
      cards: [...sent.cards, ...(given?.cards ?? [])],
      body: sent.body,
      record: { cards: record.cards, value: record.output },
      helpers: patch?.helpers,
      note: patch
        ? ` A SCIM PatchOp: ${patch.paths.join(", ")} replaced, or removed when emptied.`
        : " A SCIM API: the user with its schemas, empty values left out.",
    };
  },

  groupExchange(target, withBody) {
    const { bodies, operation } = target;
    if (!withBody) return rest.groupExchange(target, withBody);
    const described = groupFieldMap(bodies.response.fields);
    const given = described.id && described.displayName ? undefined : givenRecord(target, "group");
    const record = groupRecord(target, given?.completion);
    if (!isPatchOp(bodies.request.fields)) {
      // A SCIM group is sent with its schemas (RFC 7643 §4.2) and no empty values.
      const sent = scimRecordBody("group", { withoutId: operation.method === "post" });
      return { cards: [...sent.cards, ...(given?.cards ?? [])], body: sent.body, record };
    }
    const values = { displayName: fromEvent("group", "displayName") };
    const replacement = groupFieldMap(bodies.response.fields).description
      ? { ...values, description: fromEvent("group", "description") }
      : values;
    return {
      cards: [
        constructPresent("replacement", "The new name", replacement),
        ...oneOperationPatchCards("Replace the name", {
          op: literal("replace"),
          value: fromCard("replacement", "output"),
        }),
        ...(given?.cards ?? []),
      ],
      body: fromCard("body", "output"),
      record,
    };
  },

  itemAsUser: (fields, field, whole, textFields) =>
    isScimRecord(fields) ? { cards: [], user: whole } : rest.itemAsUser(fields, field, whole, textFields),

  // SCIM records are found by their own attribute names (RFC 7644 §3.4.2.2); other records as plain REST finds them.
  equalsFilter(target, attribute, value) {
    const { document, operation } = target;
    const items = listShape(document, operation.method, operation.path).itemFields;
    const scimRecords = isScimRecord(items) || (attribute === "displayName" && items.includes("schemas"));
    const indexed = indexedOperation(target);
    if (!indexed || !(scimRecords || isScimPath(operation.path))) return rest.equalsFilter(target, attribute, value);
    // A SCIM list takes `filter` (RFC 7644 §3.4.2.2) even when its description does not declare it.
    const declared = indexed.parameters.some((parameter) => parameter.in === "query" && parameter.name === "filter");
    const withFilter = declared
      ? indexed
      : { ...indexed, parameters: [...indexed.parameters, { name: "filter", in: "query" as const, required: false }] };
    return equalsListFilter(document, withFilter, attribute, attribute, value, true);
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
