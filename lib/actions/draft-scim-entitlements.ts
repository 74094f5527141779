// Entitlement drafts for a SCIM 2.0 API: the resource types beyond User and Group from /ResourceTypes (RFC 7643 §6)
// as entitlement properties, and each entitlement type's resources, read from its endpoint page by page
// (startIndex/count, RFC 7644 §3.4.2.4), as its values.
import type { Contract } from "../contracts/catalog";
import type { Flow } from "../flow/model";
import type { Paging } from "../paging/model";
import { fieldOf, fromCard, fromEvent, literal } from "../generate/bindings";
import type { SpecIndex } from "../spec/types";
import { SCIM_GROUP_URN, SCIM_USER_URN } from "../contracts/shapes";
import { callCard, cardOf, construct, mapThrough, orElse, REQUEST_CARD, requestCard } from "./draft-cards";
import { actionFlow, type Drafter, helperFlow, ITEM_INPUTS } from "./draft-flow";
import { discoveryFlow, withHelpers } from "./draft-scim-schemas";

const ENTITLEMENT_PROPERTY_FLOW = "SCIM resource type as an entitlement property";
const ENTITLEMENT_VALUES_FLOW = "Values of one entitlement type";
const ENTITLEMENT_VALUE_FLOW = "One entitlement value";
const ENTITLEMENT_PAGE_FLOW = "One page of an entitlement type";
/** A SCIM list: its resources under `Resources`, paged by startIndex/count to the total (RFC 7644 §3.4.2). */
const SCIM_LIST_PAGING: Paging = {
  style: "scim",
  positionParameter: "startIndex",
  sizeParameter: "count",
  itemsPath: ["Resources"],
  totalPath: ["totalResults"],
  defaultSize: 100,
};
const pageState = (...path: string[]) => fromEvent("object", ...path);

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
          value: literal(SCIM_USER_URN),
        }),
        cardOf("entitlementTypes", "list.filter", "Nor the Group resource type", {
          list: fromCard("notUsers", "output"),
          path: literal("schema"),
          comparison: literal("not equal"),
          value: literal(SCIM_GROUP_URN),
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
      construct("firstPage", "From the first page", {
        url: fromCard("url", "output"),
        cursor: literal(""),
        resources: literal([]),
        more: literal(true),
      }),
      cardOf(
        "pages",
        "flow.paginate",
        "Every page of the type's resources",
        { object: fromCard("firstPage", "output"), path: literal("more") },
        { options: { flow: ENTITLEMENT_PAGE_FLOW } },
      ),
      orElse("resources", "Its resources", fromCard("pages", "output", "resources"), []),
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
    name: ENTITLEMENT_PAGE_FLOW,
    description:
      "Reads one page of an entitlement type's endpoint and adds its resources; `more` stays while pages follow.",
    inputs: [{ key: "object", type: { type: "object" } }],
    cards: [
      cardOf("pageQuery", "http.pageQuery", "The page's startIndex and count", {
        paging: literal(SCIM_LIST_PAGING),
        cursor: pageState("cursor"),
      }),
      requestCard({ method: "GET", url: pageState("url"), query: fromCard("pageQuery", "query") }),
      cardOf("page", "http.nextPage", "The page's resources and where the next starts", {
        paging: literal(SCIM_LIST_PAGING),
        cursor: pageState("cursor"),
        body: fromCard(REQUEST_CARD, "body"),
        headers: fromCard(REQUEST_CARD, "headers"),
      }),
      cardOf("before", "list.append", "The resources so far", { list: literal([]), item: pageState("resources") }),
      cardOf("both", "list.append", "… and this page's", {
        list: fromCard("before", "output"),
        item: fromCard("page", "items"),
      }),
      cardOf("resources", "list.flatten", "One list", { list: fromCard("both", "output") }),
      construct("next", "The next page (none once `more` is absent)", {
        url: pageState("url"),
        cursor: fromCard("page", "nextCursor"),
        resources: fromCard("resources", "output"),
        more: fromCard("page", "nextCursor"),
      }),
    ],
    output: fromCard("next", "output"),
    outputType: { type: "object" },
    outputKey: "object",
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
    `Reads each entitlement type's endpoint under ${basePath || "/"} (this API serves SCIM /ResourceTypes) page by page and maps its resources by the type's mappings; all values come back in one page.`,
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
