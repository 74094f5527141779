// Memberships as a resource of their own: one call per member (`POST /groups/{id}/members`,
// `DELETE /groups/{id}/members/{userId}`), and a members list narrowed to one group.
import type { Binding, Flow } from "../../../flow/model";
import { fromCard, fromEvent, literal } from "../../../generate/bindings";
import { callCard, construct, REQUEST_CARD, relativeUrlCards, requestCard } from "../../draft-cards";
import { actionFlow, type Drafted, describe, helperFlow, ITEM_INPUTS } from "../../draft-flow";
import type { DraftTarget, ListFilter, MembershipChange } from "../../styles/model";
import { looseName } from "../../words";

const GROUP_ID_FIELDS = ["groupid", "group", "teamid", "team", "usergroup", "usergroupid"];
const MEMBER_ID_FIELDS = ["userid", "user", "memberid", "accountid", "id", "personid"];

/** The query parameter that narrows a list to one group's members. */
export const byGroup = (target: DraftTarget): ListFilter => {
  const parameter = target.queryNames.find((name) => GROUP_ID_FIELDS.includes(looseName(name)));
  return { cards: [], query: parameter ? { [parameter]: fromEvent("groupId") } : {} };
};

/** A helper flow that adds or removes one member (`item`) of `groupId`: one call per member. */
function oneMemberFlow(name: string, target: DraftTarget): Flow | string {
  const { operation, bodies, queryNames } = target;
  const sourceFor = (field: string): Binding | undefined => {
    if (GROUP_ID_FIELDS.includes(looseName(field))) return fromEvent("groupId");
    if (MEMBER_ID_FIELDS.includes(looseName(field))) return fromEvent("item", "value");
    return undefined;
  };
  const pathNames = [...operation.path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]);
  const pathSources: Record<string, Binding> = {};
  // A parameter names the group when its name says so or it follows a groups/teams segment (`/groups/{id}`).
  const segments = operation.path.split("/");
  for (const parameter of pathNames) {
    const before = segments[segments.indexOf(`{${parameter}}`) - 1] ?? "";
    pathSources[parameter] =
      /group|team/i.test(parameter) || /group|team/i.test(before) ? fromEvent("groupId") : fromEvent("item", "value");
  }
  const mapped = (fields: string[]) =>
    Object.fromEntries(fields.flatMap((field) => (sourceFor(field) ? [[field, sourceFor(field) as Binding]] : [])));
  const bodyValues = mapped(bodies.request.fields);
  const queryValues = mapped(queryNames);
  const covered = [...Object.values(pathSources), ...Object.values(bodyValues), ...Object.values(queryValues)].map(
    (binding) => JSON.stringify(binding),
  );
  if (
    !covered.includes(JSON.stringify(fromEvent("item", "value"))) ||
    !covered.includes(JSON.stringify(fromEvent("groupId")))
  )
    return `${operation.method.toUpperCase()} ${operation.path} does not take both a group and a member id; map it on the canvas`;
  const url = relativeUrlCards(operation.path, pathSources);
  const cards: Flow["cards"] = [...url.cards];
  if (Object.keys(bodyValues).length) cards.push(construct("body", "Membership body", bodyValues));
  if (Object.keys(queryValues).length) cards.push(construct("query", "Membership query", queryValues));
  cards.push(
    requestCard({
      method: operation.method.toUpperCase(),
      url: url.url,
      ...(Object.keys(bodyValues).length ? { body: fromCard("body", "output") } : {}),
      ...(Object.keys(queryValues).length ? { query: fromCard("query", "output") } : {}),
    }),
  );
  return helperFlow({
    name,
    description: `${operation.method.toUpperCase()} ${operation.path} for one group member.`,
    inputs: [...ITEM_INPUTS, { key: "groupId", type: { type: "text" } }],
    cards,
    output: fromCard(REQUEST_CARD, "status_code"),
    outputType: { type: "number" },
  });
}

const HELPER_NAMES: Record<MembershipChange, string> = {
  add: "Add one group member",
  remove: "Remove one group member",
};

/** The contract flow: one call of the helper per member of `groupMembers`. */
export function memberByMemberDraft(target: DraftTarget, kind: MembershipChange): Drafted {
  const { contract, action, operation } = target;
  const helperName = HELPER_NAMES[kind];
  const helper = oneMemberFlow(helperName, target);
  if (typeof helper === "string") return helper;
  const flow = actionFlow(contract, describe(action, " One call per member."), [
    callCard({
      method: operation.method.toUpperCase(),
      url: literal(operation.path),
      errorMessagePath: target.style.errorMessagePath(target),
      requestCards: [
        {
          id: "eachMember",
          type: "list.forEach",
          title: "Each member",
          options: { flow: helperName },
          inputs: { list: fromEvent("groupMembers"), groupId: fromEvent("groupId") },
          dynamicInputs: [{ key: "groupId", type: { type: "text" } }],
        },
      ],
      onSuccess: { cards: [], results: {} },
      outputs: [],
    }),
  ]);
  return { flow, helpers: [helper] };
}
