// Entitlement drafts for a SCIM 2.0 API: the resource types beyond User and Group from /ResourceTypes (RFC 7643 §6)
// as entitlement properties, and each entitlement type's resources, read from its endpoint, as its values.
import type { Contract } from "../contracts/catalog";
import type { Flow } from "../flow/model";
import { fieldOf, fromCard, fromEvent, literal } from "../generate/bindings";
import type { SpecIndex } from "../spec/types";
import {
  callCard,
  cardOf,
  construct,
  mapThrough,
  orElse,
  REQUEST_CARD,
  requestCard,
  SCIM_GROUP_SCHEMA,
  SCIM_USER_SCHEMA,
} from "./draft-cards";
import { actionFlow, type Drafter, helperFlow, ITEM_INPUTS } from "./draft-flow";
import { discoveryFlow, withHelpers } from "./draft-scim-schemas";

const ENTITLEMENT_PROPERTY_FLOW = "SCIM resource type as an entitlement property";
const ENTITLEMENT_VALUES_FLOW = "Values of one entitlement type";
const ENTITLEMENT_VALUE_FLOW = "One entitlement value";

const item = (...path: string[]) => fromEvent("item", ...path);
const text = (key: string) => fieldOf(key, "text");

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
        cardOf("notUsers", "list.filter", "Not the User resource type", {
          list: fromCard(REQUEST_CARD, "body", "Resources"),
          path: literal("schema"),
          comparison: literal("not equal"),
          value: literal(SCIM_USER_SCHEMA),
        }),
        cardOf("entitlementTypes", "list.filter", "Nor the Group resource type", {
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
      cardOf(
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
      cardOf("id", "object.get", "The id field", { object: item(), path: fromEvent("idField") }),
      cardOf("displayName", "object.get", "The display name field", {
        object: item(),
        path: fromEvent("displayNameField"),
      }),
      cardOf(
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
                cardOf("descriptionValue", "object.get", "The description", {
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
          cardOf("values", "list.flatten", "One list", { list: fromCard("perType", "output") }),
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
