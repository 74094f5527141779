// Schema-discovery and entitlement drafts for a SCIM 2.0 API: the user schema's attributes from /Schemas (RFC 7643
// §7) as schema properties, their canonical values as property values, the resource types beyond User and Group
// from /ResourceTypes as entitlement properties, and each entitlement type's resources as its values.
import type { Binding, Card, Flow } from "../flow/model";
import { fromCard, fromEvent, literal } from "../generate/bindings";
import type { SpecIndex } from "../spec/types";
import { callCard, construct, REQUEST_CARD, requestCard, SCIM_GROUP_SCHEMA, SCIM_USER_SCHEMA } from "./draft-cards";
import { operationBodies } from "./draft-fields";
import { actionFlow, type Drafter, describe, helperFlow } from "./draft-flow";
import type { Contract } from "../contracts/catalog";

const SCIM_PROPERTY_FLOW = "SCIM attribute as a schema property";
const SCIM_SUB_PROPERTY_FLOW = "SCIM nested attribute as a schema property";
const SCIM_VALUES_FLOW = "Allowed values of a SCIM attribute";
const SCIM_SUB_VALUES_FLOW = "Allowed values of a SCIM nested attribute";
const SCIM_VALUE_FLOW = "One allowed value";
const ENTITLEMENT_PROPERTY_FLOW = "SCIM resource type as an entitlement property";
const ENTITLEMENT_VALUES_FLOW = "Values of one entitlement type";
const ENTITLEMENT_VALUE_FLOW = "One entitlement value";

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
const text = (key: string) => ({ key, type: { type: "text" as const } });
const ITEM_INPUTS = [
  { key: "item", type: { type: "object" as const } },
  { key: "index", type: { type: "number" as const } },
];

const card = (id: string, type: string, title: string, inputs: Record<string, Binding>, extra: Partial<Card> = {}) =>
  ({ id, type, title, inputs, ...extra }) as Card;
/** `value`, or `fallback` when it is absent or empty. */
const orElse = (id: string, title: string, value: Binding, fallback: unknown) =>
  card(id, "branch.assignIf", title, {
    a: value,
    comparison: literal("is empty"),
    ifTrue: literal(fallback),
    ifFalse: value,
  });
/** Each item of `list` through the helper `flow`, with the extra inputs given. */
const mapThrough = (id: string, list: Binding, flow: string, extra: Record<string, Binding> = {}) =>
  card(
    id,
    "list.map",
    `Each through "${flow}"`,
    { list, ...extra },
    {
      options: { flow },
      dynamicInputs: Object.keys(extra).map(text),
    },
  );

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
      card("scimType", "object.get", "Property type of the SCIM type", {
        object: literal(PROPERTY_TYPES),
        path: item("type"),
      }),
      card("propertyType", "branch.assignIf", "ARRAY when multi-valued", {
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
      card(
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
            card(
              "subPrefix",
              "text.compose",
              "Prefix of the sub-attributes",
              { template: literal("{{name}}."), name: fromCard("name", "output") },
              { dynamicInputs: [text("name")] },
            ),
            mapThrough("nested", fromCard("subAttributes", "output"), nested, {
              prefix: fromCard("subPrefix", "output"),
            }),
            card("both", "list.append", "Own values and the sub-attributes' lists", {
              list: fromCard("own", "output"),
              item: fromCard("nested", "output"),
            }),
            card("flat", "list.flatten", "The sub-attributes' lists in the list", { list: fromCard("both", "output") }),
            card("values", "list.flatten", "Their values in the list", { list: fromCard("flat", "output") }),
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

/** A GET of a SCIM discovery endpoint whose `Resources` the `cards` turn into the contract's list `output`. */
function discoveryFlow(
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
  card("userSchema", "list.find", "The core User schema", {
    list: fromCard(REQUEST_CARD, "body", "Resources"),
    path: literal("id"),
    comparison: literal("equal"),
    value: literal(SCIM_USER_SCHEMA),
  }),
  orElse("attributes", "Its attributes", fromCard("userSchema", "output", "attributes"), []),
];

const withHelpers = (flow: Flow | string, helpers: Flow[]) => (typeof flow === "string" ? flow : { flow, helpers });

export const scimUserSchema: Drafter = (...draft) =>
  withHelpers(
    discoveryFlow(
      draft,
      "schemaProperties",
      [
        ...userAttributesCards(),
        mapThrough("properties", fromCard("attributes", "output"), SCIM_PROPERTY_FLOW, {
          schemaName: literal(SCIM_USER_SCHEMA),
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
        card("values", "list.flatten", "One list", { list: fromCard("perAttribute", "output") }),
      ],
      fromCard("values", "output"),
    ),
    [valuesFlow(SCIM_VALUES_FLOW, SCIM_SUB_VALUES_FLOW), valuesFlow(SCIM_SUB_VALUES_FLOW), valueFlow()],
  );

const entitlementPropertyFlow = () =>
  helperFlow({
    name: ENTITLEMENT_PROPERTY_FLOW,
    description: "Maps one SCIM resource type (RFC 7643 §6) to an entitlement property.",
    inputs: ITEM_INPUTS,
    cards: [
      construct("property", "Entitlement property", {
        name: item("name"),
        title: item("name"),
        description: item("description"),
        externalName: item("endpoint"),
        externalNamespace: item("schema"),
        schemaName: item("schema"),
        propertyType: literal("ARRAY"),
      }),
    ],
    output: fromCard("property", "output"),
    outputType: { type: "object" },
  });

/** The resource types besides User and Group are the entitlement types (roles, licenses …). */
export const scimEntitlementSchema: Drafter = (...draft) =>
  withHelpers(
    discoveryFlow(
      draft,
      "schemaProperties",
      [
        card("notUsers", "list.filter", "Not the User resource type", {
          list: fromCard(REQUEST_CARD, "body", "Resources"),
          path: literal("schema"),
          comparison: literal("not equal"),
          value: literal(SCIM_USER_SCHEMA),
        }),
        card("entitlementTypes", "list.filter", "Nor the Group resource type", {
          list: fromCard("notUsers", "output"),
          path: literal("schema"),
          comparison: literal("not equal"),
          value: literal(SCIM_GROUP_SCHEMA),
        }),
        mapThrough("properties", fromCard("entitlementTypes", "output"), ENTITLEMENT_PROPERTY_FLOW),
      ],
      fromCard("properties", "output"),
    ),
    [entitlementPropertyFlow()],
  );

/** The SCIM base path of the spec (`/scim/v2` of `/scim/v2/ResourceTypes`), when it serves /ResourceTypes. */
export function scimBasePath(index: SpecIndex): string | undefined {
  const resourceTypes = index.operations.find(
    (operation) => operation.method === "get" && operation.path.endsWith("/ResourceTypes"),
  );
  return resourceTypes?.path.slice(0, -"/ResourceTypes".length);
}

const entitlementValuesFlows = () => [
  helperFlow({
    name: ENTITLEMENT_VALUES_FLOW,
    description: "Reads one entitlement type's endpoint and maps each resource by the type's mappings.",
    inputs: [...ITEM_INPUTS, text("basePath")],
    cards: [
      card(
        "url",
        "text.compose",
        "The type's endpoint under the SCIM base path",
        { template: literal("{{basePath}}{{endpoint}}"), basePath: fromEvent("basePath"), endpoint: item("endpoint") },
        { dynamicInputs: [text("basePath"), text("endpoint")] },
      ),
      requestCard({ method: "GET", url: fromCard("url", "output") }),
      orElse("resources", "Its resources (none when absent)", fromCard(REQUEST_CARD, "body", "Resources"), []),
      mapThrough("values", fromCard("resources", "output"), ENTITLEMENT_VALUE_FLOW, {
        idField: item("mappings", "idField"),
        displayNameField: item("mappings", "displayNameField"),
        descriptionField: item("mappings", "descriptionField"),
        typeName: item("name"),
      }),
    ],
    output: fromCard("values", "output"),
    outputType: { type: "list", items: { type: "object" } },
  }),
  helperFlow({
    name: ENTITLEMENT_VALUE_FLOW,
    description: "One resource as an entitlement value: its id, display name and description by the type's mappings.",
    inputs: [...ITEM_INPUTS, text("idField"), text("displayNameField"), text("descriptionField"), text("typeName")],
    cards: [
      card("id", "object.get", "The id field", { object: item(), path: fromEvent("idField") }),
      card("displayName", "object.get", "The display name field", {
        object: item(),
        path: fromEvent("displayNameField"),
      }),
      card(
        "description",
        "branch.ifElse",
        "The description field, when the type names one",
        { a: fromEvent("descriptionField"), comparison: literal("is not empty") },
        {
          dynamicOutputs: [text("output")],
          blocks: [
            {
              id: "then",
              cards: [
                card("descriptionValue", "object.get", "The description", {
                  object: item(),
                  path: fromEvent("descriptionField"),
                }),
              ],
              results: { output: fromCard("descriptionValue", "output") },
            },
            { id: "else", cards: [], results: {} },
          ],
        },
      ),
      construct("value", "Entitlement value", {
        id: fromCard("id", "output"),
        displayName: fromCard("displayName", "output"),
        description: fromCard("description", "output"),
        typeName: fromEvent("typeName"),
        schemaPropertyName: fromEvent("typeName"),
      }),
    ],
    output: fromCard("value", "output"),
    outputType: { type: "object" },
  }),
];

/**
 * The values of the entitlement types the platform names (`scim.entitlementTypes[]`), each read from its endpoint
 * on the connection's own origin — never `scim.baseUri`, which would send the credentials elsewhere.
 */
export function scimEntitlementValues(contract: Contract, basePath: string): { flow: Flow; helpers: Flow[] } {
  const flow = actionFlow(
    contract,
    `Reads each entitlement type's endpoint under ${basePath || "/"} (this API serves SCIM /ResourceTypes) and maps its resources by the type's mappings, in one page.`,
    [
      callCard({
        method: "GET",
        url: literal(basePath),
        requestCards: [
          mapThrough("perType", fromEvent("scim", "entitlementTypes"), ENTITLEMENT_VALUES_FLOW, {
            basePath: literal(basePath),
          }),
          card("values", "list.flatten", "One list", { list: fromCard("perType", "output") }),
        ],
        onSuccess: {
          cards: [],
          results: { schemaPropertyValues: fromCard("values", "output"), pagination: literal({}) },
        },
        outputs: [
          { key: "schemaPropertyValues", type: { type: "list", items: { type: "object" } } },
          { key: "pagination", type: { type: "object" } },
        ],
      }),
    ],
  );
  return { flow, helpers: entitlementValuesFlows() };
}
