// A list contract over the API's own paging (lib/paging): each item through a mapper helper, `nextCursor` as the
// API pages, narrowed by the query parameters a filter chooses.
import { fromCard } from "../../../generate/bindings";
import { callCard, construct, REQUEST_CARD, requestCard } from "../../draft-cards";
import { actionFlow, type Drafted, describe, urlCards } from "../../draft-flow";
import { describePaging, listPaging, pagingCard } from "../../draft-paging";
import type { DraftTarget, ListFilter } from "../../styles/model";
import { ITEM_MAPPERS, type ListedKind } from "./item-mappers";

export type ListNarrowing = (target: DraftTarget) => ListFilter | string;

export function listDraft(target: DraftTarget, kind: ListedKind, filter?: ListNarrowing): Drafted {
  const { contract, action, operation, document, index } = target;
  const indexed = index.operations.find((entry) => entry.method === operation.method && entry.path === operation.path);
  if (!indexed) return `${operation.path} is not in the spec's index`;
  const listed = listPaging(document, indexed);
  if (typeof listed === "string") return `${listed}; page it on the canvas`;
  const narrowed = filter ? filter(target) : { cards: [], query: {} };
  if (typeof narrowed === "string") return narrowed;
  const filtered = narrowed.query;
  const helper = ITEM_MAPPERS[kind](listed.itemFields);
  const url = urlCards(contract, operation.path);
  const request = { method: operation.method.toUpperCase(), url: url.url, query: fromCard("pageQuery", "query") };
  const cards = [
    ...url.cards,
    callCard({
      ...request,
      errorMessagePath: target.style.errorMessagePath(target),
      requestCards: [
        ...narrowed.cards,
        ...(Object.keys(filtered).length ? [construct("filters", "Filters", filtered)] : []),
        pagingCard(
          "pageQuery",
          "http.pageQuery",
          "This page's query",
          listed.paging,
          Object.keys(filtered).length ? { query: fromCard("filters", "output") } : {},
        ),
        requestCard(request),
      ],
      onSuccess: {
        cards: [
          pagingCard("page", "http.nextPage", "The items and the next cursor", listed.paging, {
            body: fromCard(REQUEST_CARD, "body"),
            headers: fromCard(REQUEST_CARD, "headers"),
          }),
          {
            id: "resources",
            type: "list.map",
            title: `Each item through "${helper.name}"`,
            options: { flow: helper.name },
            inputs: { list: fromCard("page", "items") },
          },
          construct("pagination", "pagination", { nextCursor: fromCard("page", "nextCursor") }),
        ],
        results: { resources: fromCard("resources", "output"), pagination: fromCard("pagination", "output") },
      },
      outputs: [
        { key: "resources", type: { type: "list", items: { type: "object" } } },
        { key: "pagination", type: { type: "object" } },
      ],
    }),
  ];
  return {
    flow: actionFlow(contract, describe(action, ` ${describePaging(listed.paging)}`), cards),
    helpers: [helper],
  };
}
