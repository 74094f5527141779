// Paging: the query of one page and the next page's cursor, for every common paging style (lib/paging).
import { PagingError, parsePaging } from "../../paging/model";
import { nextPage } from "../../paging/next";
import { pageQuery } from "../../paging/request";
import { field, required, T } from "../fields";
import type { CardContext, CardDefinition } from "../types";
import { asNumber, asObject, asText } from "../values";

const PAGING_HELP =
  "`paging` says how the API pages: style (scim, page, offset, cursor, keyset, link), its position and size " +
  "parameters, where the response keeps the items, the total, the next cursor, the has-more flag and the item key.";

function paged<T>(ctx: CardContext, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof PagingError) return ctx.fail(`Paging: ${error.message}`, { code: "PAGING" });
    throw error;
  }
}

const limitOf = (value: unknown, ctx: CardContext) =>
  value === undefined || value === null || value === "" ? undefined : asNumber(value, "limit", ctx);

const pageQueryCard: CardDefinition = {
  type: "http.pageQuery",
  title: "Page Query",
  category: "HTTP",
  help: `The query parameters of the page \`cursor\` points at (the first page without one), \`limit\` items long, added to \`query\`. ${PAGING_HELP}`,
  inputs: [
    required("paging", T.object),
    field("cursor", T.text),
    field("limit", T.number),
    field("query", T.object, { help: "the other query parameters (filters)" }),
  ],
  outputs: [field("query", T.object)],
  execute: (inputs, ctx) =>
    paged(ctx, () => ({
      query: pageQuery(
        parsePaging(inputs.paging),
        asText(inputs.cursor, "cursor", ctx),
        limitOf(inputs.limit, ctx),
        inputs.query === undefined ? {} : asObject(inputs.query, "query", ctx),
      ),
    })),
};

const nextPageCard: CardDefinition = {
  type: "http.nextPage",
  title: "Next Page",
  category: "HTTP",
  help: `The items of a page's response and the cursor of the next page, absent on the last one. ${PAGING_HELP}`,
  inputs: [
    required("paging", T.object),
    field("cursor", T.text, { help: "the cursor this page was asked with" }),
    field("limit", T.number),
    field("body", T.any),
    field("headers", T.object),
  ],
  outputs: [field("items", T.list()), field("nextCursor", T.text)],
  execute: (inputs, ctx) =>
    paged(ctx, () => {
      const page = nextPage(
        parsePaging(inputs.paging),
        asText(inputs.cursor, "cursor", ctx),
        limitOf(inputs.limit, ctx),
        {
          body: inputs.body,
          headers: inputs.headers === undefined ? {} : asObject(inputs.headers, "headers", ctx),
        },
      );
      return page.nextCursor === undefined ? { items: page.items } : { items: page.items, nextCursor: page.nextCursor };
    }),
};

export const PAGING_CARDS = [pageQueryCard, nextPageCard];
