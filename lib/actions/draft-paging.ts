// How a drafted List flow follows the API's own paging: the style the planner's facts detected, and from the
// spec the parameters that say where a page starts and how big it is, where the response keeps the items, the
// total and the next cursor. The result is the `paging` description both paging cards read (lib/paging).
import type { Binding, Card } from "../flow/model";
import { fromEvent, literal } from "../generate/bindings";
import type { Paging } from "../paging/model";
import { isObject } from "../spec/pointer";
import type { OperationIndex, ParameterIndex } from "../spec/types";
import { followRefs, operationFacts, propertiesOf } from "./facts";
import { listShape, parameterObject } from "./draft-fields";
import { KEYSET_PARAMETERS, looseName, POSITION_PARAMETERS, SIZE_PARAMETERS } from "./words";

type Json = Record<string, unknown>;

const NEXT_CURSOR_FIELDS = ["nextcursor", "nextpagetoken", "nexttoken", "nextpage", "next", "nextlink", "cursor"];
const TOTAL_FIELDS = ["totalresults", "totalcount", "total", "totalitems", "totalrecords", "totalsize"];
const MORE_FIELDS = ["hasmore", "hasnextpage", "moreavailable", "more"];
/** Item fields a keyset page can start after (`starting_after=<id>`). */
const ITEM_KEY_FIELDS = ["id", "uuid"];

/** Asked for when the caller gives no limit and the spec says no default. */
const DEFAULT_PAGE_SIZE = 100;

export interface ListPaging {
  paging: Paging;
  itemFields: string[];
  /** Item fields typed as text. */
  itemTextFields: string[];
}

function parameterSchema(document: unknown, parameter: ParameterIndex | undefined): Json {
  return (parameter ? followRefs<Json>(document, parameter.schema) : undefined) ?? {};
}

const wholeNumber = (value: unknown) => (typeof value === "number" && Number.isInteger(value) ? value : undefined);

/** A field named like one of `names` at the top of the body or one object below (`response_metadata.next_cursor`). */
function fieldPath(
  document: unknown,
  properties: Map<string, Json>,
  names: string[],
  wanted: (schema: Json) => boolean,
) {
  for (const name of names)
    for (const [key, value] of properties) if (looseName(key) === name && wanted(value)) return [key];
  for (const [key, value] of properties) {
    if (value.type !== "object" && !isObject(value.properties)) continue;
    const inner = propertiesOf(document, value);
    for (const name of names)
      for (const [innerKey, innerValue] of inner)
        if (looseName(innerKey) === name && wanted(innerValue)) return [key, innerKey];
  }
  return undefined;
}

const isScalar = (schema: Json) => schema.type !== "object" && schema.type !== "array" && !isObject(schema.properties);
const isCount = (schema: Json) => schema.type === "integer" || schema.type === "number" || schema.type === undefined;
const isFlag = (schema: Json) => schema.type === "boolean";

const ZERO_BASED =
  /\b(0|zero)[- ]based\b|\b(starts?|starting|begins?|counts?|counting) (at|from|with) (0|zero)\b|\bfirst page is (0|zero)\b/i;
const ONE_BASED =
  /\b(1|one)[- ]based\b|\b(starts?|starting|begins?|counts?|counting) (at|from|with) (1|one)\b|\bfirst page is (1|one)\b/i;

/**
 * The number of a page parameter's first page, from what its schema and text say: `minimum`, `default`, the
 * description ("0-based", "starts at 1"), else an example of 0. Undefined when nothing says (pages count from 1).
 */
function firstPageOf(document: unknown, operation: OperationIndex, parameter: ParameterIndex): 0 | 1 | undefined {
  const raw = parameterObject(document, operation, parameter);
  const schema = followRefs<Json>(document, raw.schema) ?? {};
  for (const value of [schema.minimum, schema.default]) if (value === 0 || value === 1) return value;
  const description = `${typeof raw.description === "string" ? raw.description : ""} ${typeof schema.description === "string" ? schema.description : ""}`;
  if (ZERO_BASED.test(description)) return 0;
  if (ONE_BASED.test(description)) return 1;
  const examples = [raw.example, schema.example, ...(Array.isArray(schema.examples) ? schema.examples : [])];
  return examples.includes(0) ? 0 : undefined;
}

/** The paging of a list operation, or why it cannot be followed. */
export function listPaging(document: unknown, operation: OperationIndex): ListPaging | string {
  const facts = operationFacts(document, operation);
  let style = facts?.paging;
  if (!style) return `${operation.path} does not say how it pages (no paging parameter, next cursor or Link header)`;
  const query = operation.parameters.filter((parameter) => parameter.in === "query");
  // Offset and limit where a page number is offered too: an offset says exactly which item comes next, a page
  // number depends on where the API starts counting and on the page size it really used.
  if (style === "page" && query.some((parameter) => POSITION_PARAMETERS[looseName(parameter.name)] === "offset"))
    style = "offset";
  const position = query.find((parameter) => POSITION_PARAMETERS[looseName(parameter.name)] === style);
  const sizes = query.filter((parameter) => SIZE_PARAMETERS[looseName(parameter.name)]);
  const size = sizes.find((parameter) => SIZE_PARAMETERS[looseName(parameter.name)] === style) ?? sizes[0];
  const shape = listShape(document, operation.method, operation.path);
  if (!shape.itemFields.length) return `the response of ${operation.path} has no list of records`;
  const sizeSchema = parameterSchema(document, size);
  const maxSize = wholeNumber(sizeSchema.maximum);
  const paging: Paging = {
    style,
    itemsPath: shape.itemsPath,
    defaultSize: Math.min(wholeNumber(sizeSchema.default) ?? DEFAULT_PAGE_SIZE, maxSize ?? DEFAULT_PAGE_SIZE),
    ...(position ? { positionParameter: position.name } : {}),
    ...(size ? { sizeParameter: size.name } : {}),
    ...(maxSize ? { maxSize } : {}),
  };
  // SCIM's own parameters, also when the description does not declare them (RFC 7644 §3.4.2.4).
  if (style === "scim" && facts?.scimPath) {
    paging.positionParameter ??= "startIndex";
    paging.sizeParameter ??= "count";
  }
  if (style !== "link" && !paging.positionParameter)
    return `${operation.path} takes no parameter that says where a page starts`;
  if (style === "page" && position) {
    const first = firstPageOf(document, operation, position);
    if (first !== undefined) paging.firstPage = first;
  }
  const totalPath = fieldPath(document, shape.properties, TOTAL_FIELDS, isCount);
  if (totalPath && totalPath.join(".") !== shape.itemsPath.join(".")) paging.totalPath = totalPath;
  const morePath = fieldPath(document, shape.properties, MORE_FIELDS, isFlag);
  if (morePath) paging.morePath = morePath;
  if (style === "cursor") {
    const nextPath = fieldPath(document, shape.properties, NEXT_CURSOR_FIELDS, isScalar);
    if (nextPath) paging.nextPath = nextPath;
    else {
      // No token in the body: the cursor is the last item's key when the parameter names an item to start after or
      // the body says whether more follow (Stripe's starting_after with has_more); an opaque cursor kept elsewhere
      // is not guessed at.
      const afterItem = KEYSET_PARAMETERS.has(looseName(paging.positionParameter ?? "")) || morePath !== undefined;
      const key = ITEM_KEY_FIELDS.find((name) => shape.itemFields.some((field) => looseName(field) === name));
      const keyField = afterItem ? shape.itemFields.find((field) => looseName(field) === key) : undefined;
      if (!keyField) return `the response of ${operation.path} has no next cursor field`;
      paging.style = "keyset";
      paging.itemKeyPath = [keyField];
    }
  }
  return { paging, itemFields: shape.itemFields, itemTextFields: shape.itemTextFields };
}

/** How the draft says it pages, for the flow's description. */
export function describePaging(paging: Paging): string {
  const size = paging.sizeParameter ? `/${paging.sizeParameter}` : "";
  switch (paging.style) {
    case "link":
      return `Pages by the Link header's rel="next"${paging.sizeParameter ? ` (${paging.sizeParameter})` : ""}.`;
    case "cursor":
      return `Pages with ${paging.positionParameter}${size} → ${(paging.nextPath ?? []).join(".")}.`;
    case "keyset":
      return `Pages with ${paging.positionParameter}${size} after each page's last ${(paging.itemKeyPath ?? []).join(".")}${paging.morePath ? ` while ${paging.morePath.join(".")}` : ""}.`;
    default:
      return `Pages by ${paging.style}: ${paging.positionParameter}${size}${paging.totalPath ? `, total in ${paging.totalPath.join(".")}` : ""}.`;
  }
}

/** A paging card (Page Query, Next Page) reading the contract's cursor and limit. */
export function pagingCard(
  id: string,
  type: string,
  title: string,
  paging: Paging,
  inputs: Record<string, Binding>,
): Card {
  return {
    id,
    type,
    title,
    inputs: {
      paging: literal(paging),
      cursor: fromEvent("pagination", "cursor"),
      limit: fromEvent("pagination", "limit"),
      ...inputs,
    },
  };
}
