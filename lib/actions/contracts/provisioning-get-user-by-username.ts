// Provisioning Get User by UserName: a path that takes the login, or a list filtered by it (`?email=`,
// SCIM `filter=userName eq "…"`) whose first match is the user; none is a 404.
import type { Flow } from "../../flow/model";
import { fromCard, fromEvent, literal } from "../../generate/bindings";
import type { HttpMethod } from "../../spec/types";
import { callCard, construct, REQUEST_CARD } from "../draft-cards";
import { fieldPath, listShape } from "../draft-fields";
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
    const filter = style.equalsFilter(target, "userName", fromEvent("userName"));
    if (!filter) return `${operation.path} takes the user name in its path; map it on the canvas`;
    const shape = listShape(document, operation.method as HttpMethod, operation.path);
    const cards: Flow["cards"] = [...filter.cards, construct("query", "Find by user name", filter.query)];
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
    return actionFlow(
      contract,
      describe(action, ` Finds it with ${filter.said ?? Object.keys(filter.query).join(", ")}.`),
      cards,
    );
  },
});
