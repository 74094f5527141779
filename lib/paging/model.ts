// How a list operation pages, as a draft writes it into its flow: the style the planner detected, the query
// parameters that say where a page starts and how big it is, and where the response keeps items, total and
// the next page. One description read by both paging cards, checked once against its JSON Schema.
import { validatorFor } from "../validation/ajv";

export const PAGING_STYLES = ["scim", "page", "offset", "cursor", "keyset", "link"] as const;
export type PagingStyle = (typeof PAGING_STYLES)[number];

export interface Paging {
  /**
   * scim: startIndex/count; page: page number; offset: item offset; cursor: a token in the body; keyset: the next
   * page starts after the last item's key (`starting_after`, with `has_more`); link: RFC 8288 `Link` rel="next".
   */
  style: PagingStyle;
  /** The query parameter that says where the page starts (`startIndex`, `page`, `offset`, `cursor`, `after` …). */
  positionParameter?: string;
  /** The query parameter that says how many items a page holds (`count`, `per_page`, `limit` …). */
  sizeParameter?: string;
  /** Where the body keeps the page's items (empty: the body is the list). */
  itemsPath: string[];
  /** Where the body keeps the number of all items, when it says (`totalResults`, `total_count`). */
  totalPath?: string[];
  /** cursor style: where the body keeps the next page's token or URL (`next_cursor`, `links.next`). */
  nextPath?: string[];
  /** Where the body says whether more items follow (`has_more`). */
  morePath?: string[];
  /** keyset style: where an item keeps the key the next page starts after (`id`). */
  itemKeyPath?: string[];
  /** page style: the number of the first page (1 unless the API counts from 0). */
  firstPage?: number;
  /** The page size asked for when the caller gives none. */
  defaultSize: number;
  /** The largest page size the API takes (its parameter's `maximum`). */
  maxSize?: number;
}

const path = { type: "array", items: { type: "string", minLength: 1, maxLength: 200 }, maxItems: 10 };
const parameter = { type: "string", minLength: 1, maxLength: 200 };
const size = { type: "integer", minimum: 1, maximum: 10_000 };

export const PAGING_SCHEMA = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  type: "object",
  required: ["style", "itemsPath", "defaultSize"],
  additionalProperties: false,
  properties: {
    style: { enum: [...PAGING_STYLES] },
    positionParameter: parameter,
    sizeParameter: parameter,
    itemsPath: path,
    totalPath: path,
    nextPath: path,
    morePath: path,
    itemKeyPath: path,
    firstPage: { type: "integer", minimum: 0, maximum: 1 },
    defaultSize: size,
    maxSize: size,
  },
} as const;

/** A paging description that breaks a rule: what is wrong and where (a JSON pointer into it). */
export class PagingError extends Error {}

/** The description, or a PagingError naming the first problem with its pointer. */
export function parsePaging(value: unknown): Paging {
  const validate = validatorFor<Paging>(PAGING_SCHEMA);
  if (!validate(value)) {
    const [error] = validate.errors ?? [];
    throw new PagingError(`the paging description is not valid at "${error?.instancePath || "/"}": ${error?.message}`);
  }
  if (value.style !== "link" && !value.positionParameter)
    throw new PagingError(`the paging description needs "/positionParameter" for the ${value.style} style`);
  if (value.style === "cursor" && !value.nextPath)
    throw new PagingError(`the paging description needs "/nextPath" for the cursor style`);
  if (value.style === "keyset" && !value.itemKeyPath)
    throw new PagingError(`the paging description needs "/itemKeyPath" for the keyset style`);
  return value;
}
