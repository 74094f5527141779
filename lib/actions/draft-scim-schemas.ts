// Schema-discovery drafts for a SCIM 2.0 API: the user schema's attributes from /Schemas (RFC 7643 §7) as schema
// properties (sub-attributes nested), and the canonical values of its attributes as property values.
import type { Binding, Card, Flow } from "../flow/model";
import { fieldOf, fromCard, fromEvent, literal } from "../generate/bindings";
import { SCIM_USER_URN } from "../contracts/shapes";
import { callCard, cardOf, construct, mapThrough, orElse, REQUEST_CARD } from "./draft-cards";
import { operationBodies } from "./draft-fields";
import { actionFlow, type Drafter, describe, helperFlow, ITEM_INPUTS } from "./draft-flow";

const SCIM_PROPERTY_FLOW = "SCIM attribute as a schema property";
const SCIM_SUB_PROPERTY_FLOW = "SCIM nested attribute as a schema property";
const SCIM_VALUES_FLOW = "Allowed values of a SCIM attribute";
const SCIM_SUB_VALUES_FLOW = "Allowed values of a SCIM nested attribute";
const SCIM_VALUE_FLOW = "One allowed value";

/** RFC 7643 §2.3 attribute types → the contract's property types. */
const PROPERTY_TYPES = {
  string: "STRING",
  boolean: "BOOLEAN",
  decimal: "NUMBER",
  integer: "INTEGER",
  dateTime: "DATE",
  reference: "URI",
  binary: "STRING",
  complex: "OBJECT",
};

const item = (...path: string[]) => fromEvent("item", ...path);
const text = (key: string) => fieldOf(key, "text");

/**
 * One attribute (`item`) as a schema property. RFC 7643 nests attributes one level deep, so a top-level
 * attribute's sub-attributes go through the `nested` helper, which has none.
 */
const propertyFlow = (name: string, nested?: string) =>
  helperFlow({
    name,
    description: `Maps one ${nested ? "attribute" : "sub-attribute"} of a SCIM schema (RFC 7643 §7) to a schema property.`,
    inputs: [...ITEM_INPUTS, text("schemaName")],
    cards: [
      cardOf("scimType", "object.get", "Property type of the SCIM type", {
        object: literal(PROPERTY_TYPES),
        path: item("type"),
      }),
      cardOf("propertyType", "branch.assignIf", "ARRAY when multi-valued", {
        a: item("multiValued"),
        comparison: literal("is true"),
        ifTrue: literal("ARRAY"),
        ifFalse: fromCard("scimType", "output"),
      }),
      ...(nested
        ? [
            orElse("subAttributes", "Sub-attributes (none when absent)", item("subAttributes"), []),
            mapThrough("nested", fromCard("subAttributes", "output"), nested, { schemaName: fromEvent("schemaName") }),
          ]
        : []),
      construct("property", "Schema property", {
        name: item("name"),
        title: item("name"),
        externalName: item("name"),
        externalNamespace: fromEvent("schemaName"),
        schemaName: fromEvent("schemaName"),
        description: item("description"),
        required: item("required"),
        propertyType: fromCard("propertyType", "output"),
        enumConstraint: item("canonicalValues"),
        ...(nested ? { properties: fromCard("nested", "output") } : {}),
      }),
    ],
    output: fromCard("property", "output"),
    outputType: { type: "object" },
  });

/** The canonical values of one attribute (`item`), named `prefix` + name, and those of its sub-attributes. */
const valuesFlow = (name: string, nested?: string) =>
  helperFlow({
    name,
    description: `The canonicalValues of one SCIM ${nested ? "attribute and of its sub-attributes (emails.type: work, home …)" : "sub-attribute"}.`,
    inputs: [...ITEM_INPUTS, text("prefix")],
    cards: [
      cardOf(
        "name",
        "text.compose",
        "Dotted attribute name",
        { template: literal("{{prefix}}{{name}}"), prefix: fromEvent("prefix"), name: item("name") },
        { dynamicInputs: [text("prefix"), text("name")] },
      ),
      orElse("canonical", "Its canonical values (none when absent)", item("canonicalValues"), []),
      mapThrough("own", fromCard("canonical", "output"), SCIM_VALUE_FLOW, {
        schemaPropertyName: fromCard("name", "output"),
      }),
      ...(nested
        ? [
            orElse("subAttributes", "Sub-attributes (none when absent)", item("subAttributes"), []),
            cardOf(
              "subPrefix",
              "text.compose",
              "Prefix of the sub-attributes",
              { template: literal("{{name}}."), name: fromCard("name", "output") },
              { dynamicInputs: [text("name")] },
            ),
            mapThrough("nested", fromCard("subAttributes", "output"), nested, {
              prefix: fromCard("subPrefix", "output"),
            }),
            cardOf("both", "list.append", "Own values and the sub-attributes' lists", {
              list: fromCard("own", "output"),
              item: fromCard("nested", "output"),
            }),
            cardOf("flat", "list.flatten", "The sub-attributes' lists in the list", {
              list: fromCard("both", "output"),
            }),
            cardOf("values", "list.flatten", "Their values in the list", { list: fromCard("flat", "output") }),
          ]
        : []),
    ],
    output: fromCard(nested ? "values" : "own", "output"),
    outputType: { type: "list", items: { type: "object" } },
  });

const valueFlow = () =>
  helperFlow({
    name: SCIM_VALUE_FLOW,
    description: "One canonical value as a schema property value.",
    inputs: [text("item"), { key: "index", type: { type: "number" } }, text("schemaPropertyName")],
    cards: [
      construct("value", "Schema property value", {
        id: item(),
        displayName: item(),
        schemaPropertyName: fromEvent("schemaPropertyName"),
      }),
    ],
    output: fromCard("value", "output"),
    outputType: { type: "object" },
  });

/** A GET of a SCIM discovery endpoint (/Schemas, /ResourceTypes) whose `Resources` the `cards` turn into the contract's list `output`. */
export function discoveryFlow(
  [contract, action, document]: Parameters<Drafter>,
  output: string,
  cards: Card[],
  result: Binding,
): Flow | string {
  const operation = action.operation!;
  if (operation.path.includes("{")) return `${operation.path} reads one schema; plan the list of all of them`;
  return actionFlow(contract, describe(action, " Read at run time, in one page."), [
    callCard({
      method: "GET",
      url: literal(operation.path),
      errorMessagePath: operationBodies(document, operation.method, operation.path).errorMessagePath,
      onSuccess: { cards, results: { [output]: result, pagination: literal({}) } },
      outputs: [
        { key: output, type: { type: "list", items: { type: "object" } } },
        { key: "pagination", type: { type: "object" } },
      ],
    }),
  ]);
}

/** The user schema's attributes, from the /Schemas list. */
const userAttributesCards = (): Card[] => [
  cardOf("userSchema", "list.find", "The core User schema", {
    list: fromCard(REQUEST_CARD, "body", "Resources"),
    path: literal("id"),
    comparison: literal("equal"),
    value: literal(SCIM_USER_URN),
  }),
  orElse("allAttributes", "Its attributes", fromCard("userSchema", "output", "attributes"), []),
  // A secret is never a profile attribute: RFC 7643 marks it as never returned (the password, §4.1.1).
  cardOf("attributes", "list.filter", "Without secrets (never returned)", {
    list: fromCard("allAttributes", "output"),
    path: literal("returned"),
    comparison: literal("not equal"),
    value: literal("never"),
  }),
];

export const withHelpers = (flow: Flow | string, helpers: Flow[]) =>
  typeof flow === "string" ? flow : { flow, helpers };

export const scimUserSchema: Drafter = (...draft) =>
  withHelpers(
    discoveryFlow(
      draft,
      "schemaProperties",
      [
        ...userAttributesCards(),
        mapThrough("properties", fromCard("attributes", "output"), SCIM_PROPERTY_FLOW, {
          schemaName: literal(SCIM_USER_URN),
        }),
      ],
      fromCard("properties", "output"),
    ),
    [propertyFlow(SCIM_PROPERTY_FLOW, SCIM_SUB_PROPERTY_FLOW), propertyFlow(SCIM_SUB_PROPERTY_FLOW)],
  );

export const scimUserSchemaValues: Drafter = (...draft) =>
  withHelpers(
    discoveryFlow(
      draft,
      "schemaPropertyValues",
      [
        ...userAttributesCards(),
        mapThrough("perAttribute", fromCard("attributes", "output"), SCIM_VALUES_FLOW, { prefix: literal("") }),
        cardOf("values", "list.flatten", "One list", { list: fromCard("perAttribute", "output") }),
      ],
      fromCard("values", "output"),
    ),
    [valuesFlow(SCIM_VALUES_FLOW, SCIM_SUB_VALUES_FLOW), valuesFlow(SCIM_SUB_VALUES_FLOW), valueFlow()],
  );
