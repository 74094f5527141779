// The next page's cursor from one page's response, for every style: the next start index, page number or
// offset, the API's own token, the last item's key, or the query of its `Link: <…>; rel="next"`. The last page is
// the one an empty page, the total or the API's "more" flag says; a short page only when the API declared its
// largest page (else it may have shortened the page quietly, and paging goes on to an empty one). A cursor the
// caller already sent is never handed back.
import LinkHeader from "http-link-header";
import { type Paging, PagingError } from "./model";
import { FINGERPRINT_SEPARATOR, LINK_CURSOR_PREFIX, numericPosition, pageSize, splitCursor } from "./request";

export interface PageResponse {
  body: unknown;
  headers?: Record<string, unknown>;
}

export interface Page {
  items: unknown[];
  /** Absent on the last page. */
  nextCursor?: string;
}

const MAX_CURSOR_LENGTH = 2_048;

function at(value: unknown, path: readonly string[]): unknown {
  let current = value;
  for (const segment of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

function countAt(body: unknown, path: readonly string[] | undefined): number | undefined {
  if (!path) return undefined;
  const value = at(body, path);
  const count = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  return typeof count === "number" && Number.isFinite(count) ? count : undefined;
}

/** A next link or URL as a cursor: its query, or only the position parameter's value when it has one. */
function cursorFromUrl(paging: Paging, url: string): string | undefined {
  const parsed = new URL(url, "http://relative.invalid");
  const position = paging.positionParameter ? parsed.searchParams.get(paging.positionParameter) : null;
  if (paging.style === "cursor" && position) return position;
  return parsed.search.length > 1 ? `${LINK_CURSOR_PREFIX}${parsed.search.slice(1)}` : undefined;
}

function headerText(headers: Record<string, unknown> | undefined, name: string): string {
  const entry = Object.entries(headers ?? {}).find(([key]) => key.toLowerCase() === name)?.[1];
  if (Array.isArray(entry)) return entry.map(String).join(", ");
  return typeof entry === "string" ? entry : "";
}

function linkCursor(paging: Paging, response: PageResponse): string | undefined {
  const header = headerText(response.headers, "link");
  if (!header) return undefined;
  let next: { uri: string }[];
  try {
    next = LinkHeader.parse(header).rel("next");
  } catch (error) {
    throw new PagingError(`the response's Link header does not parse: ${(error as Error).message}`);
  }
  return next[0] ? cursorFromUrl(paging, next[0].uri) : undefined;
}

function tokenCursor(paging: Paging, body: unknown): string | undefined {
  const value = at(body, paging.nextPath ?? []);
  if (value === undefined || value === null || value === "" || value === false) return undefined;
  if (typeof value !== "string" && typeof value !== "number")
    throw new PagingError(`the next cursor at "${(paging.nextPath ?? []).join(".")}" is not text`);
  const text = String(value);
  return /^(https?:\/\/|\/|\?)/i.test(text) ? cursorFromUrl(paging, text) : text;
}

/** Whether the API says more items follow (`has_more`), when it says. */
function moreAt(body: unknown, path: readonly string[] | undefined): boolean | undefined {
  if (!path) return undefined;
  const value = at(body, path);
  if (typeof value === "boolean") return value;
  return value === "true" ? true : value === "false" ? false : undefined;
}

/** Without a total or a "more" flag: a page shorter than asked ends the list only when the API declared its maximum. */
function lastByLength(paging: Paging, count: number, size: number): boolean {
  return count < size && paging.maxSize !== undefined;
}

/** The next position of a numeric style, or none when this page was the last. */
function numericCursor(paging: Paging, cursor: string, limit: number | undefined, body: unknown, count: number) {
  if (count === 0) return undefined;
  const position = numericPosition(paging, cursor);
  const size = pageSize(paging, limit);
  const total = countAt(body, paging.totalPath);
  const more = moreAt(body, paging.morePath);
  if (paging.style === "page") {
    // With a total, pages as long as this one are assumed before it: an API that quietly caps the page size costs
    // one more (empty) request, never a skipped item.
    const pagesSeen = position - (paging.firstPage ?? 1) + 1;
    const last =
      total !== undefined ? pagesSeen * count >= total : more !== undefined ? !more : lastByLength(paging, count, size);
    return last ? undefined : String(position + 1);
  }
  // SCIM says how many this page holds (itemsPerPage); the next start index is after them.
  const held = paging.style === "scim" ? (countAt(body, ["itemsPerPage"]) ?? count) : count;
  const next = position + held;
  if (total !== undefined) return (paging.style === "scim" ? next > total : next >= total) ? undefined : String(next);
  if (more !== undefined) return more ? String(next) : undefined;
  return lastByLength(paging, count, size) ? undefined : String(next);
}

/** keyset style: the last item's key, unless the API says no more follow or the page was the last by its length. */
function keysetCursor(paging: Paging, limit: number | undefined, body: unknown, items: unknown[]): string | undefined {
  if (items.length === 0) return undefined;
  const more = moreAt(body, paging.morePath);
  if (more === false || (more === undefined && lastByLength(paging, items.length, pageSize(paging, limit))))
    return undefined;
  const key = at(items[items.length - 1], paging.itemKeyPath ?? []);
  if (typeof key !== "string" && typeof key !== "number")
    throw new PagingError(`the last item has no key at "${(paging.itemKeyPath ?? []).join(".")}" to page after`);
  return String(key);
}

/** A short hash (FNV-1a, 32 bits) of a page's items: equal pages have equal fingerprints. */
function fingerprint(items: unknown[]): string {
  const text = JSON.stringify(items);
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}

/**
 * Numeric styles: the first page's fingerprint rides on the second page's cursor; a second page equal to the first
 * is refused (the list would hold every user on it twice).
 */
function checkedNumeric(paging: Paging, cursor: string, items: unknown[], next: string | undefined) {
  const { position, firstPage } = splitCursor(cursor);
  if (firstPage !== undefined && items.length > 0 && fingerprint(items) === firstPage)
    throw new PagingError(
      `the API answered ${paging.positionParameter}=${position} with the first page again: it ignores the position or counts ${paging.style === "page" ? "pages" : "items"} from another number, so paging would list every item twice`,
    );
  return cursor === "" && next !== undefined ? `${next}${FINGERPRINT_SEPARATOR}${fingerprint(items)}` : next;
}

/** The page's items and the cursor of the next page (none on the last one). */
export function nextPage(paging: Paging, cursor: string, limit: number | undefined, response: PageResponse): Page {
  const items = at(response.body, paging.itemsPath);
  if (!Array.isArray(items))
    throw new PagingError(
      `the response has no list of items at "${paging.itemsPath.join(".") || "the body"}" (it has ${items === undefined ? "nothing" : typeof items} there)`,
    );
  const nextCursor =
    paging.style === "link"
      ? linkCursor(paging, response)
      : paging.style === "cursor"
        ? items.length && moreAt(response.body, paging.morePath) !== false
          ? tokenCursor(paging, response.body)
          : undefined
        : paging.style === "keyset"
          ? keysetCursor(paging, limit, response.body, items)
          : checkedNumeric(paging, cursor, items, numericCursor(paging, cursor, limit, response.body, items.length));
  if (nextCursor === undefined) return { items };
  if (nextCursor.length > MAX_CURSOR_LENGTH)
    throw new PagingError(`the API's next cursor is longer than ${MAX_CURSOR_LENGTH} characters`);
  if (nextCursor === cursor)
    throw new PagingError(`the API gave the same cursor again ("${nextCursor.slice(0, 40)}"): paging would never end`);
  return { items, nextCursor };
}
