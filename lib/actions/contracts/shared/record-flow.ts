// User and group contracts over one call: the style builds the request from the contract's record and reads the
// API's answer back as the contract's `user` or `group`.
import type { Binding, Card, Flow } from "../../../flow/model";
import { callCard, construct, REQUEST_CARD } from "../../draft-cards";
import { type OperationBodies, userFieldMap } from "../../draft-fields";
import { actionFlow, describe, urlCards } from "../../draft-flow";
import type { DraftTarget, RecordExchange } from "../../styles/model";
import { fromCard } from "../../../generate/bindings";

/** A field of the API's record in the response body, inside its envelope when it has one. */
export const responseField = (bodies: OperationBodies) => (field: string) =>
  fromCard(REQUEST_CARD, "body", ...(bodies.response.envelope ? [bodies.response.envelope] : []), field);

/** The request body card, wrapped in the API's envelope when it has one: what the call sends. */
export function bodyCards(cards: Card[], title: string, values: Record<string, Binding>, envelope?: string): Binding {
  cards.push(construct("body", title, values));
  if (!envelope) return fromCard("body", "output");
  cards.push(construct("envelope", `Wrapped in "${envelope}"`, { [envelope]: fromCard("body", "output") }));
  return fromCard("envelope", "output");
}

function recordFlow(target: DraftTarget, key: "user" | "group", exchange: RecordExchange): Flow {
  const { contract, action, operation } = target;
  const url = urlCards(contract, operation.path);
  const onSuccess = { cards: exchange.record.cards, results: { [key]: exchange.record.value } };
  return actionFlow(contract, describe(action, exchange.note ?? ""), [
    ...url.cards,
    ...exchange.cards,
    callCard({
      method: operation.method.toUpperCase(),
      url: url.url,
      body: exchange.body,
      errorMessagePath: target.style.errorMessagePath(target),
      onSuccess,
      outputs: [{ key, type: { type: "object" } }],
    }),
  ]);
}

export function userRecordFlow(target: DraftTarget, withBody: boolean): Flow | string {
  const { operation, bodies } = target;
  if (withBody && !Object.keys(userFieldMap(bodies.request.fields).attributes).length)
    return `the request body of ${operation.method.toUpperCase()} ${operation.path} has no field a SCIM user attribute matches`;
  const exchange = target.style.userExchange(target, withBody);
  return typeof exchange === "string" ? exchange : recordFlow(target, "user", exchange);
}

export function groupRecordFlow(target: DraftTarget, withBody: boolean): Flow | string {
  const exchange = target.style.groupExchange(target, withBody);
  return typeof exchange === "string" ? exchange : recordFlow(target, "group", exchange);
}
