// lib/paging's rules at their edges: when a page is the last, what a cursor may be, and what an API may not do
// (give the same cursor again, send a Link header that does not parse). Every style end to end:
// tests/integration/actions-paging.test.ts.
import { describe, expect, it } from "vitest";
import { type Paging, PagingError, parsePaging } from "@/lib/paging/model";
import { nextPage } from "@/lib/paging/next";
import { pageQuery } from "@/lib/paging/request";

const users = (count: number) => Array.from({ length: count }, (_, index) => ({ id: `u${index}` }));
const page: Paging = {
  style: "page",
  positionParameter: "page",
  sizeParameter: "per_page",
  itemsPath: [],
  defaultSize: 30,
};
const offset: Paging = {
  style: "offset",
  positionParameter: "offset",
  sizeParameter: "limit",
  itemsPath: ["data"],
  totalPath: ["total"],
  defaultSize: 50,
  maxSize: 10,
};
const cursor: Paging = {
  style: "cursor",
  positionParameter: "cursor",
  itemsPath: ["data"],
  nextPath: ["meta", "next"],
  defaultSize: 20,
};
const link: Paging = { style: "link", sizeParameter: "per_page", itemsPath: [], defaultSize: 30 };

describe("paging", () => {
  it("asks for the first page without a cursor, the limit within the API's maximum", () => {
    expect(pageQuery(page, "", 2, { q: "x" })).toEqual({ q: "x", page: 1, per_page: 2 });
    expect(pageQuery(offset, "", 500)).toEqual({ offset: 0, limit: 10 });
    expect(pageQuery(offset, "", undefined)).toEqual({ offset: 0, limit: 50 });
    expect(pageQuery(link, "?page=3&per_page=2&tag=a&tag=b", 2)).toEqual({ page: "3", per_page: "2", tag: ["a", "b"] });
  });

  it("ends after an empty page, when the total is reached, when has_more is false, or a short page within the API's maximum", () => {
    expect(nextPage(page, "", 2, { body: users(2) }).nextCursor).toMatch(/^2~[0-9a-f]{8}$/);
    // No total and no declared maximum: the API may have shortened the page itself, so the next one is asked for.
    expect(nextPage(page, "2", 2, { body: users(1) }).nextCursor).toBe("3");
    expect(nextPage({ ...page, maxSize: 100 }, "2", 2, { body: users(1) }).nextCursor).toBeUndefined();
    expect(nextPage(page, "3", 2, { body: [] }).nextCursor).toBeUndefined();
    const flagged = { ...page, itemsPath: ["items"], morePath: ["has_more"] };
    expect(nextPage(flagged, "1", 2, { body: { items: users(1), has_more: true } }).nextCursor).toBe("2");
    expect(nextPage(flagged, "2", 2, { body: { items: users(2), has_more: false } }).nextCursor).toBeUndefined();
    // A total and a page shorter than asked: the API may cap its page size, so the next page is still asked for.
    const totalled = { ...page, itemsPath: ["items"], totalPath: ["total"] };
    expect(nextPage(totalled, "1", 100, { body: { items: users(50), total: 120 } }).nextCursor).toBe("2");
    expect(nextPage(totalled, "3", 100, { body: { items: users(20), total: 120 } }).nextCursor).toBe("4");
    expect(nextPage(totalled, "2", 2, { body: { items: users(2), total: 4 } }).nextCursor).toBeUndefined();
    expect(nextPage(offset, "8", 2, { body: { data: users(2), total: 10 } }).nextCursor).toBeUndefined();
    expect(nextPage(offset, "6", 2, { body: { data: users(2), total: 10 } }).nextCursor).toBe("8");
  });

  it("pages after the last item's key while the API says more follow", () => {
    const keyset: Paging = {
      style: "keyset",
      positionParameter: "starting_after",
      sizeParameter: "limit",
      itemsPath: ["data"],
      morePath: ["has_more"],
      itemKeyPath: ["id"],
      defaultSize: 10,
    };
    expect(pageQuery(keyset, "", 2)).toEqual({ limit: 2 });
    expect(pageQuery(keyset, "u1", 2)).toEqual({ limit: 2, starting_after: "u1" });
    expect(nextPage(keyset, "", 2, { body: { data: users(2), has_more: true } }).nextCursor).toBe("u1");
    expect(nextPage(keyset, "u1", 2, { body: { data: users(2), has_more: false } }).nextCursor).toBeUndefined();
    expect(() => nextPage(keyset, "", 2, { body: { data: [{ name: "x" }], has_more: true } })).toThrow(
      /the last item has no key at "id" to page after/,
    );
    expect(() => parsePaging({ ...keyset, itemKeyPath: undefined })).toThrow(
      /needs "\/itemKeyPath" for the keyset style/,
    );
  });

  it("takes the cursor from a next URL's own parameter, or the URL's whole query", () => {
    const next = (value: unknown) => nextPage(cursor, "", 2, { body: { data: users(2), meta: { next: value } } });
    expect(next("https://api.test/users?cursor=abc&limit=2").nextCursor).toBe("abc");
    expect(next("/users?after=abc").nextCursor).toBe("?after=abc");
    expect(next(null).nextCursor).toBeUndefined();
    expect(() => next({ token: "abc" })).toThrow(/the next cursor at "meta.next" is not text/);
  });

  it("follows a Link header's rel=next and nothing else", () => {
    const headers = (value: string) => ({ link: value });
    expect(
      nextPage(link, "", 2, {
        body: users(2),
        headers: headers('<https://api.test/users?page=2>; rel="next", <https://api.test/users?page=9>; rel="last"'),
      }).nextCursor,
    ).toBe("?page=2");
    expect(
      nextPage(link, "", 2, { body: users(2), headers: headers('<https://api.test/users?page=1>; rel="prev"') })
        .nextCursor,
    ).toBeUndefined();
  });

  it("refuses a cursor the API already gave, a cursor of the wrong kind, and a body without the items", () => {
    const same = { body: { data: users(1), meta: { next: "abc" } } };
    expect(() => nextPage(cursor, "abc", 2, same)).toThrow(/the API gave the same cursor again \("abc"\)/);
    expect(() => pageQuery(page, "0", 2)).toThrow(/not a page number this API pages by \(a whole number ≥ 1\)/);
    expect(() => pageQuery(link, "abc", 2)).toThrow(/not one this API's next link gave/);
    expect(() => pageQuery(page, "", 0)).toThrow(/the limit must be a whole number ≥ 1, got 0/);
    expect(() => nextPage(offset, "", 2, { body: { items: [] } })).toThrow(/no list of items at "data"/);
  });

  it("ends a list with an error when the second page repeats the first, never listing its items twice", () => {
    // An API counting pages from 1 asked for page 0 answers page 1, and page 1 again: the same users.
    const zeroBased = { ...page, firstPage: 0 };
    const first = nextPage(zeroBased, "", 2, { body: users(2) });
    expect(pageQuery(zeroBased, first.nextCursor!, 2)).toEqual({ page: 1, per_page: 2 });
    expect(() => nextPage(zeroBased, first.nextCursor!, 2, { body: users(2) })).toThrow(
      /answered page=1 with the first page again: it ignores the position or counts pages from another number/,
    );
    // An offset the API ignores, the same way.
    const ignored = nextPage(offset, "", 2, { body: { data: users(2), total: 10 } });
    expect(() => nextPage(offset, ignored.nextCursor!, 2, { body: { data: users(2), total: 10 } })).toThrow(
      /answered offset=2 with the first page again/,
    );
    // A different second page goes on with a plain cursor; a malformed fingerprint is refused.
    const other = [{ id: "u7" }, { id: "u8" }];
    expect(nextPage(zeroBased, first.nextCursor!, 2, { body: other }).nextCursor).toBe("2");
    expect(() => pageQuery(page, "2~zz", 2)).toThrow(/is not a page number this API pages by/);
  });

  it("checks a paging description, naming where it is wrong", () => {
    expect(() => parsePaging({ style: "pages", itemsPath: [], defaultSize: 1 })).toThrow(PagingError);
    expect(() => parsePaging({ style: "page", itemsPath: [], defaultSize: 1 })).toThrow(/"\/positionParameter"/);
    expect(() => parsePaging({ ...cursor, nextPath: undefined })).toThrow(/"\/nextPath"/);
    expect(parsePaging(link)).toEqual(link);
  });
});
