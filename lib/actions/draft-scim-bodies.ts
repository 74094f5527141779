// What a SCIM service is sent (RFC 7643/7644): a record always names its `schemas`, has no empty values (an empty
// string is not "no value" to a strict service), a PATCH is a PatchOp whose `Operations` replace what has a value
// and remove what was emptied.
import type { Binding, Card, Flow } from "../flow/model";
import { fromCard, fromEvent, literal } from "../generate/bindings";
import { SCIM_GROUP_URN, SCIM_USER_URN } from "../contracts/shapes";
import { cardOf, construct, mapThrough, presentRecordCards, scimPatchCard } from "./draft-cards";
import { helperFlow } from "./draft-flow";

/**
 * The contract's record (`record`, an event input) as a SCIM body: its `schemas`, or the core schema when it names
 * none, and without empty values at any depth; `withoutId` for a create (the service gives the id).
 */
export function scimRecordBody(
  record: "user" | "group",
  options: { withoutId: boolean },
): { cards: Card[]; body: Binding } {
  const core = record === "user" ? SCIM_USER_URN : SCIM_GROUP_URN;
  const cards: Card[] = [
    cardOf("schemas", "branch.assignIf", "Its schemas, or the core schema", {
      a: fromEvent(record, "schemas"),
      comparison: literal("is empty"),
      ifTrue: literal([core]),
      ifFalse: fromEvent(record, "schemas"),
    }),
    cardOf("withSchemas", "object.set", "The record with its schemas", {
      object: fromEvent(record),
      path: literal("schemas"),
      value: fromCard("schemas", "output"),
    }),
  ];
  const present = presentRecordCards("scimBody", fromCard("withSchemas", "output"), options.withoutId);
  return { cards: [...cards, ...present.cards], body: present.record };
}

/** The helper flow that makes one PatchOp operation of an attribute path: replace its value, or remove it. */
export const ATTRIBUTE_OPERATION_FLOW = "SCIM operation for one attribute";

function attributeOperationFlow(): Flow {
  const value = fromCard("value", "output");
  return helperFlow({
    name: ATTRIBUTE_OPERATION_FLOW,
    description:
      "Replaces the attribute (the item, a path) with the user's value, or removes it when the value is empty.",
    inputs: [
      { key: "item", type: { type: "text" } },
      { key: "index", type: { type: "number" } },
      { key: "user", type: { type: "object" } },
    ],
    cards: [
      cardOf("value", "object.get", "The user's value", { object: fromEvent("user"), path: fromEvent("item") }),
      construct("replace", "Replace it", { op: literal("replace"), path: fromEvent("item"), value }),
      construct("remove", "Remove it", { op: literal("remove"), path: fromEvent("item") }),
      cardOf("operation", "branch.assignIf", "Removed when emptied", {
        a: value,
        comparison: literal("is empty"),
        ifTrue: fromCard("remove", "output"),
        ifFalse: fromCard("replace", "output"),
      }),
    ],
    output: fromCard("operation", "output"),
    outputType: { type: "object" },
  });
}

/** The SCIM user attributes an update carries, as PatchOp paths (`name.givenName`); `active` is lifecycle's. */
const UPDATE_PATHS = [
  "userName",
  "externalId",
  "name.givenName",
  "name.familyName",
  "name.middleName",
  "name.formatted",
  "displayName",
  "nickName",
  "title",
  "userType",
  "preferredLanguage",
  "locale",
  "timezone",
  "emails",
  "phoneNumbers",
  "addresses",
];

/**
 * A PatchOp body (card "body") updating the contract's user: one operation per attribute the service's user
 * record has (`recordFields`), through the helper flow.
 */
export function scimUserPatch(recordFields: readonly string[]): { cards: Card[]; helpers: Flow[]; paths: string[] } {
  const paths = UPDATE_PATHS.filter((path) => recordFields.includes(path.split(".")[0]));
  return {
    cards: [
      {
        ...mapThrough("operations", literal(paths), ATTRIBUTE_OPERATION_FLOW, { user: fromEvent("user") }),
        dynamicInputs: [{ key: "user", type: { type: "object" } }],
      },
      scimPatchCard(fromCard("operations", "output")),
    ],
    helpers: [attributeOperationFlow()],
    paths,
  };
}
