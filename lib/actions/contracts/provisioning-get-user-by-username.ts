// Provisioning Get User by UserName: a path that takes the login, or a list filtered by it (`?email=`,
// SCIM `filter=userName eq "…"`) whose first match is the user; none is a 404.
import type { Flow } from "../../flow/model";
import { fromCard, fromEvent, literal } from "../../generate/bindings";
import type { HttpMethod } from "../../spec/types";
import { callCard, construct, REQUEST_CARD } from "../draft-cards";
import { listShape } from "../draft-fields";
import { actionFlow, describe } from "../draft-flow";
import { combine, scoreOperation } from "../score";
import { USER_NAME_PARAMETERS } from "../words";
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
    const { contract, action, operation, document, style } = target;
    const filter = style.equalsFilter("userName", fromEvent("userName"), target.queryNames);
    if (!filter) return `${operation.path} takes the user name in its path; map it on the canvas`;
    const [parameter] = Object.keys(filter.query);
    const shape = listShape(document, operation.method as HttpMethod, operation.path);
    const cards: Flow["cards"] = [...filter.cards, construct("query", "Find by user name", filter.query)];
    const items = fromCard(REQUEST_CARD, "body", ...shape.itemsPath);
    const user = style.itemAsUser(
      shape.itemFields,
      (field) => fromCard("first", "output", field),
      fromCard("first", "output"),
    );
    cards.push(
      callCard({
        method: operation.method.toUpperCase(),
        url: literal(operation.path),
        query: fromCard("query", "output"),
        errorMessagePath: style.errorMessagePath(target),
        onSuccess: {
          cards: [
            { id: "count", type: "list.length", title: "How many match", inputs: { list: items } },
            {
              id: "noMatch",
              type: "error.returnErrorIf",
              title: "No user has this user name",
              inputs: {
                a: fromCard("count", "output"),
                comparison: literal("equal"),
                b: literal(0),
                statusCode: literal(404),
                message: literal("no user has this user name"),
              },
            },
            { id: "first", type: "list.at", title: "The match", inputs: { list: items, index: literal(0) } },
            ...user.cards,
          ],
          results: { user: user.user },
        },
        outputs: [{ key: "user", type: { type: "object" } }],
      }),
    );
    return actionFlow(contract, describe(action, ` Filters by ${parameter}.`), cards);
  },
});
