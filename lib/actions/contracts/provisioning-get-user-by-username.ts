// Provisioning Get User by UserName: a path that takes the login, or a list filtered by it (`?email=`,
// SCIM `filter=userName eq "…"`) whose first match is the user, asked again in lower case when none matches; none
// then is a 404.
import type { Binding, Card, Flow } from "../../flow/model";
import { fieldOf, fromCard, fromEvent, literal } from "../../generate/bindings";
import type { HttpMethod } from "../../spec/types";
import { CALL_CARD, callCard, construct, REQUEST_CARD, withIdPrefix } from "../draft-cards";
import { fieldPath, listShape } from "../draft-fields";
import { actionFlow, describe } from "../draft-flow";
import { combine, scoreOperation } from "../score";
import { USER_NAME_PARAMETERS } from "../words";
import type { DraftTarget } from "../styles/model";
import { defineContractAction } from "./shared/define";

import { found, listOrSearch, loginInPath, nameFilter } from "./shared/evidence";

export default defineContractAction({
  contract: "Provisioning Get User by UserName",
  recognise(facts) {
    const byLogin = loginInPath(facts);
    if (byLogin)
      return combine(
        scoreOperation(facts, { entity: "user", actions: ["read"], one: true, methods: ["get"] }),
        byLogin,
      );
    const filter =
      nameFilter(facts, USER_NAME_PARAMETERS) ??
      (facts.operation.method === "post" && facts.pathAction === "list"
        ? found(0.15, "searches with a query in its body")
        : undefined);
    return filter && combine(listOrSearch(facts, "user", ["list", "read"]), filter);
  },
  draft(target) {
    const { contract, action, operation } = target;
    const asGiven = lookup(target, fromEvent("userName"));
    if (!asGiven) return `${operation.path} takes the user name in its path; map it on the canvas`;
    // An API may keep logins in lower case and match them case-sensitively (Directus's `_eq`): a user name not found
    // as given is asked for again in lower case, when that differs.
    const lowered = lookup(target, fromCard(LOWER_NAME, "output"))!;
    const outcome = (card: string) => ({
      executionStatus: fromCard(card, "executionStatus"),
      user: fromCard(card, "user"),
    });
    const cards: Flow["cards"] = [
      ...asGiven.cards,
      {
        id: LOWER_NAME,
        type: "text.lowercase",
        title: "The user name in lower case",
        inputs: { text: fromEvent("userName") },
      },
      branch(
        RETRY,
        "Not found as given?",
        fromCard(CALL_CARD, "executionStatus", "errors", "0", "httpStatusCode"),
        "equal",
        literal(404),
        {
          yes: {
            cards: [
              branch(
                "otherCase",
                "Is lower case another name?",
                fromCard(LOWER_NAME, "output"),
                "not equal",
                fromEvent("userName"),
                {
                  yes: { cards: withIdPrefix(lowered.cards, "lower_"), results: outcome(`lower_${CALL_CARD}`) },
                  no: { cards: [], results: outcome(CALL_CARD) },
                },
              ),
            ],
            results: outcome("otherCase"),
          },
          no: { cards: [], results: outcome(CALL_CARD) },
        },
      ),
    ];
    return actionFlow(
      contract,
      describe(action, ` Finds it with ${asGiven.said}, then in lower case when not found.`),
      cards,
      (output) => fromCard(RETRY, output),
    );
  },
});

const LOWER_NAME = "lowerName";
const RETRY = "lowerCaseRetry";

/** The cards that ask the list for `value` and return the matching user (404 when none matches). */
function lookup(target: DraftTarget, value: Binding): { cards: Card[]; said: string } | undefined {
  const { operation, document, style } = target;
  const filter = style.equalsFilter(target, "userName", value);
  if (!filter) return undefined;
  const shape = listShape(document, operation.method as HttpMethod, operation.path);
  const cards: Card[] = [...filter.cards, construct("query", "Find by user name", filter.query)];
  const items = fromCard(REQUEST_CARD, "body", ...shape.itemsPath);
  const user = style.itemAsUser(
    shape.itemFields,
    (field) => fromCard("match", "output", ...fieldPath(field)),
    fromCard("match", "output"),
    shape.itemTextFields,
  );
  // The API's operator may match by prefix, in full text or case-sensitively: the user is the record whose own
  // field equals the user name whatever its case (the first record when the records do not say which field).
  const { keep } = filter;
  const match = keep
    ? {
        title: `The record whose ${keep.path} is the user name (any case)`,
        path: keep.path,
        comparison: "equal ignoring case",
        value: keep.value,
      }
    : { title: "The first record", path: "", comparison: "is not empty", value: literal(null) };
  cards.push(
    callCard({
      method: operation.method.toUpperCase(),
      url: literal(operation.path),
      query: fromCard("query", "output"),
      errorMessagePath: style.errorMessagePath(target),
      onSuccess: {
        cards: [
          {
            id: "match",
            type: "list.find",
            title: match.title,
            inputs: {
              list: items,
              path: literal(match.path),
              comparison: literal(match.comparison),
              value: match.value,
            },
          },
          {
            id: "noMatch",
            type: "error.returnErrorIf",
            title: "No user has this user name",
            inputs: {
              a: fromCard("match", "index"),
              comparison: literal("equal"),
              b: literal(-1),
              statusCode: literal(404),
              message: literal("no user has this user name"),
            },
          },
          ...user.cards,
        ],
        results: { user: user.user },
      },
      outputs: [{ key: "user", type: { type: "object" } }],
    }),
  );
  return { cards, said: filter.said ?? Object.keys(filter.query).join(", ") };
}

/** What the If/Else runs when its condition holds (`yes`) and when not (`no`). */
type Blocks = Record<"yes" | "no", { cards: Card[]; results: Record<string, Binding> }>;

/** An If/Else whose outputs are each block's executionStatus and user. */
function branch(id: string, title: string, a: Binding, comparison: string, b: Binding, blocks: Blocks): Card {
  return {
    id,
    type: "branch.ifElse",
    title,
    inputs: { a, comparison: literal(comparison), b },
    dynamicOutputs: [fieldOf("executionStatus", "object"), { key: "user", type: { type: "object" } }],
    blocks: [
      { id: "then", ...blocks.yes },
      { id: "else", ...blocks.no },
    ],
  };
}
