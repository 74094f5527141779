// The query of one page request: the caller's cursor read as the style's position (or, when it starts with
// `?`, as the next link's own query), and the page size. The request always goes to the operation's own path
// on the connection, so a next link can never send it (or its credentials) elsewhere.
import { type Paging, PagingError } from "./model";

/** A cursor that is the query of the API's next link (`?page=2&per_page=2`): used as it is. */
export const LINK_CURSOR_PREFIX = "?";

/** The page size to ask for: the caller's limit within what the API takes, else the default. */
export function pageSize(paging: Paging, limit: number | undefined): number {
  if (limit === undefined) return paging.defaultSize;
  if (!Number.isInteger(limit) || limit < 1)
    throw new PagingError(`the limit must be a whole number ≥ 1, got ${limit}`);
  return paging.maxSize ? Math.min(limit, paging.maxSize) : limit;
}

/** The first position of a numeric style: SCIM counts items from 1, offsets from 0, pages from `firstPage`. */
export function firstPosition(paging: Paging): number {
  if (paging.style === "scim") return 1;
  if (paging.style === "page") return paging.firstPage ?? 1;
  return 0;
}

/**
 * The cursor after the first page of a numeric style carries that page's fingerprint (`2~1a2b3c4d`), so the second
 * page can be checked against it: an API that ignores the position, or counts from 1 where we started at 0, gives
 * the first page again, and listing it twice would duplicate every user on it.
 */
export const FINGERPRINT_SEPARATOR = "~";

/** A numeric cursor's position and the first page's fingerprint it carries (only the second page's cursor does). */
export function splitCursor(cursor: string): { position: string; firstPage?: string } {
  const at = cursor.indexOf(FINGERPRINT_SEPARATOR);
  return at < 0 ? { position: cursor } : { position: cursor.slice(0, at), firstPage: cursor.slice(at + 1) };
}

/** The position a numeric cursor says, or the first one when there is no cursor. */
export function numericPosition(paging: Paging, cursor: string): number {
  const first = firstPosition(paging);
  if (cursor === "") return first;
  const { position: text, firstPage } = splitCursor(cursor);
  const wellFormed = /^\d{1,15}$/.test(text) && (firstPage === undefined || /^[0-9a-f]{8}$/.test(firstPage));
  const position = wellFormed ? Number(text) : Number.NaN;
  if (!(position >= first))
    throw new PagingError(
      `the cursor "${cursor.slice(0, 40)}" is not a ${paging.style === "page" ? "page number" : "position"} this API pages by (a whole number ≥ ${first})`,
    );
  return position;
}

const MAX_LINK_PARAMETERS = 50;

/** The query for the page `cursor` points at (the first page without one), `query` holding the other parameters. */
export function pageQuery(
  paging: Paging,
  cursor: string,
  limit: number | undefined,
  query: Record<string, unknown> = {},
): Record<string, unknown> {
  const result: Record<string, unknown> = { ...query };
  if (paging.sizeParameter) result[paging.sizeParameter] = pageSize(paging, limit);
  const linkStyle = paging.style === "link" || paging.style === "cursor";
  if (linkStyle && cursor.startsWith(LINK_CURSOR_PREFIX)) {
    const linked = new URLSearchParams(cursor.slice(1));
    if ([...linked.keys()].length > MAX_LINK_PARAMETERS)
      throw new PagingError(`the cursor holds more than ${MAX_LINK_PARAMETERS} query parameters`);
    for (const key of new Set(linked.keys())) {
      const values = linked.getAll(key);
      result[key] = values.length === 1 ? values[0] : values;
    }
    return result;
  }
  if (paging.style === "link") {
    if (cursor !== "")
      throw new PagingError(`the cursor "${cursor.slice(0, 40)}" is not one this API's next link gave`);
    return result;
  }
  if (paging.style === "cursor" || paging.style === "keyset") {
    if (cursor !== "" && paging.positionParameter) result[paging.positionParameter] = cursor;
    return result;
  }
  if (paging.positionParameter) result[paging.positionParameter] = numericPosition(paging, cursor);
  return result;
}
