// User and group contracts over one call: the style builds the request from the contract's record and reads the
// API's answer back as the contract's `user` or `group`.
import type { Binding, Card } from "../../../flow/model";
import { callCard, construct, constructPresent, REQUEST_CARD } from "../../draft-cards";
import { fieldPath, type OperationBodies, refusalRule } from "../../draft-fields";
import { actionFlow, type Drafted, describe, urlCards } from "../../draft-flow";
import type { DraftTarget, RecordExchange } from "../../styles/model";
import { fromCard } from "../../../generate/bindings";

/** A field of the API's record in the response body, inside its envelope when it has one. */
export const responseField = (bodies: OperationBodies) => (field: string) =>
  fromCard(REQUEST_CARD, "body", ...(bodies.response.envelope ? [bodies.response.envelope] : []), ...fieldPath(field));

/** The request body card, wrapped in the API's envelope when it has one: what the call sends. */
export function bodyCards(cards: Card[], title: string, values: Record<string, Binding>, envelope?: string): Binding {
  // Empty values are left out: an emptied optional value is not sent as "" (nor null) to a plain REST API.
  cards.push(constructPresent("body", title, values));
  if (!envelope) return fromCard("body", "output");
  cards.push(construct("envelope", `Wrapped in "${envelope}"`, { [envelope]: fromCard("body", "output") }));
  return fromCard("envelope", "output");
}

function recordFlow(target: DraftTarget, key: "user" | "group", exchange: RecordExchange, withBody: boolean): Drafted {
  const { contract, action, operation, document } = target;
  const url = urlCards(contract, operation.path);
  const onSuccess = { cards: exchange.record.cards, results: { [key]: exchange.record.value } };
  const flow = actionFlow(contract, describe(action, exchange.note ?? ""), [
    ...url.cards,
    ...exchange.cards,
    callCard({
      method: operation.method.toUpperCase(),
      url: url.url,
      body: exchange.body,
      errorMessagePath: target.style.errorMessagePath(target),
      // A read by id: a refusal may mean the record is not there (docs/architecture.md, "Drafts in the API's own language").
      refusal: withBody ? undefined : refusalRule(document, operation.method, operation.path),
      onSuccess,
      outputs: [{ key, type: { type: "object" } }],
    }),
  ]);
  return exchange.helpers?.length ? { flow, helpers: exchange.helpers } : flow;
}

export function userRecordFlow(target: DraftTarget, withBody: boolean): Drafted {
  const exchange = target.style.userExchange(target, withBody);
  return typeof exchange === "string" ? exchange : recordFlow(target, "user", exchange, withBody);
}

export function groupRecordFlow(target: DraftTarget, withBody: boolean): Drafted {
  const exchange = target.style.groupExchange(target, withBody);
  return typeof exchange === "string" ? exchange : recordFlow(target, "group", exchange, withBody);
}
