// Group membership drafts for a SCIM 2.0 API (RFC 7644): members added or removed by one PatchOp on the group,
// as the identity platform's own SCIM client sends them, and a group's members listed from its `members`
// attribute, paged by the contract's cursor (an index into the list) and limit.
import type { Binding, Card, Flow } from "../flow/model";
import { fromCard, fromEvent, literal } from "../generate/bindings";
import {
  callCard,
  cardOf,
  construct,
  mapThrough,
  oneOperationPatchCards,
  REQUEST_CARD,
  scimPatchCard,
} from "./draft-cards";
import { operationBodies } from "./draft-fields";
import { actionFlow, type Drafter, describe, helperFlow, ITEM_INPUTS, urlCards } from "./draft-flow";

const SCIM_MEMBER_REMOVAL_FLOW = "SCIM operation removing one group member";
/** The page size when the platform asks for none (or for 0, which could never advance). */
const MEMBERS_PAGE_SIZE = 100;

/** A PATCH of the group whose body `bodyCards` build (card "body"); its only outcome is executionStatus. */
function patchGroupFlow([contract, action, document]: Parameters<Drafter>, extra: string, bodyCards: Card[]): Flow {
  const operation = action.operation!;
  const url = urlCards(contract, operation.path);
  return actionFlow(contract, describe(action, extra), [
    ...url.cards,
    ...bodyCards,
    callCard({
      method: operation.method.toUpperCase(),
      url: url.url,
      body: fromCard("body", "output"),
      errorMessagePath: operationBodies(document, operation.method, operation.path).errorMessagePath,
      onSuccess: { cards: [], results: {} },
      outputs: [],
    }),
  ]);
}

/** Add Group Members: `{"op":"add","path":"members","value":[{"value":id,"display":…}]}`. */
export const scimAddMembers: Drafter = (...draft) =>
  patchGroupFlow(
    draft,
    " One SCIM PatchOp adds every member.",
    oneOperationPatchCards("Add the members", {
      op: literal("add"),
      path: literal("members"),
      value: fromEvent("groupMembers"),
    }),
  );

/** The helper mapping one member (`item`) to `{"op":"remove","path":"members[value eq \"id\"]"}`. */
const memberRemovalFlow = () =>
  helperFlow({
    name: SCIM_MEMBER_REMOVAL_FLOW,
    description: 'The SCIM PatchOp operation that removes one member: path members[value eq "<id>"].',
    inputs: ITEM_INPUTS,
    cards: [
      {
        id: "path",
        type: "text.compose",
        title: "Path naming the member",
        inputs: { template: literal('members[value eq "{{value}}"]'), value: fromEvent("item", "value") },
        dynamicInputs: [{ key: "value", type: { type: "text" } }],
      },
      construct("operation", "Remove operation", { op: literal("remove"), path: fromCard("path", "output") }),
    ],
    output: fromCard("operation", "output"),
    outputType: { type: "object" },
  });

/** Remove Group Members: one PatchOp with a `remove` operation per member. */
export const scimRemoveMembers: Drafter = (...draft) => ({
  flow: patchGroupFlow(draft, " One SCIM PatchOp removes every member.", [
    mapThrough("operations", fromEvent("groupMembers"), SCIM_MEMBER_REMOVAL_FLOW),
    scimPatchCard(fromCard("operations", "output")),
  ]),
  helpers: [memberRemovalFlow()],
});

/** Assign If: `values` (ifTrue, ifFalse) by the `condition` (a, comparison, b). */
const assign = (id: string, title: string, condition: Record<string, Binding>, values: Record<string, Binding>) =>
  cardOf(id, "branch.assignIf", title, { ...condition, ...values });

/** List Group Members: the group read once; its `members` sliced at the cursor; the next cursor while more remain. */
export const scimListMembers: Drafter = (contract, action, document) => {
  const operation = action.operation!;
  const url = urlCards(contract, operation.path);
  const cursor = fromEvent("pagination", "cursor");
  const limit = fromEvent("pagination", "limit");
  const members = fromCard(REQUEST_CARD, "body", "members");
  const page: Card[] = [
    assign(
      "members",
      "The group's members (none when absent)",
      { a: members, comparison: literal("is empty") },
      { ifTrue: literal([]), ifFalse: members },
    ),
    assign(
      "start",
      "Start at the cursor (0 on the first page)",
      { a: cursor, comparison: literal("is empty") },
      { ifTrue: literal(0), ifFalse: cursor },
    ),
    assign(
      "pageSize",
      `The limit asked (${MEMBERS_PAGE_SIZE} when none)`,
      { a: limit, comparison: literal("greater"), b: literal(0) },
      { ifTrue: limit, ifFalse: literal(MEMBERS_PAGE_SIZE) },
    ),
    {
      id: "page",
      type: "list.slice",
      title: "This page of members",
      inputs: {
        list: fromCard("members", "output"),
        start: fromCard("start", "output"),
        count: fromCard("pageSize", "output"),
      },
    },
    {
      id: "end",
      type: "number.add",
      title: "Where the next page starts",
      inputs: { a: fromCard("start", "output"), b: fromCard("pageSize", "output") },
    },
    { id: "total", type: "list.length", title: "How many members", inputs: { list: fromCard("members", "output") } },
    {
      id: "endText",
      type: "text.compose",
      title: "The next cursor as text",
      inputs: { template: literal("{{end}}"), end: fromCard("end", "output") },
      dynamicInputs: [{ key: "end", type: { type: "number" } }],
    },
    assign(
      "nextCursor",
      "The next cursor, none on the last page",
      { a: fromCard("end", "output"), comparison: literal("less"), b: fromCard("total", "output") },
      { ifTrue: fromCard("endText", "output") },
    ),
    construct("pagination", "pagination", { nextCursor: fromCard("nextCursor", "output") }),
  ];
  return actionFlow(contract, describe(action, " Pages over the group's members attribute."), [
    ...url.cards,
    callCard({
      method: "GET",
      url: url.url,
      errorMessagePath: operationBodies(document, operation.method, operation.path).errorMessagePath,
      onSuccess: {
        cards: page,
        results: { resources: fromCard("page", "output"), pagination: fromCard("pagination", "output") },
      },
      outputs: [
        { key: "resources", type: { type: "list", items: { type: "object" } } },
        { key: "pagination", type: { type: "object" } },
      ],
    }),
  ]);
};
