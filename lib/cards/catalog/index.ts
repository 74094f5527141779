// The card catalog: every card the palette, inspector, validator and engine know, by type.
import type { CardCatalog, CardDefinition } from "../types";
import { BOOLEAN_CARDS } from "./boolean";
import { BRANCHING_CARDS } from "./branching";
import { DATETIME_CARDS } from "./datetime";
import { ERROR_HANDLING_CARDS } from "./error-handling";
import { FLOW_CONTROL_CARDS } from "./flow-control";
import { HTTP_CARDS } from "./http";
import { JSON_CARDS } from "./json";
import { LIST_CARDS } from "./list";
import { NUMBER_CARDS } from "./number";
import { OBJECT_CARDS } from "./object";
import { PAGING_CARDS } from "./paging";
import { TEXT_CARDS } from "./text";
import { URL_CARDS } from "./url";

export const CARD_CATALOG: CardCatalog = Object.freeze(
  Object.fromEntries(
    [
      ...FLOW_CONTROL_CARDS,
      ...BRANCHING_CARDS,
      ...ERROR_HANDLING_CARDS,
      ...HTTP_CARDS,
      ...PAGING_CARDS,
      ...OBJECT_CARDS,
      ...TEXT_CARDS,
      ...NUMBER_CARDS,
      ...BOOLEAN_CARDS,
      ...LIST_CARDS,
      ...JSON_CARDS,
      ...DATETIME_CARDS,
      ...URL_CARDS,
    ].map((card) => [card.type, card]),
  ),
);

export function getCard(type: string): CardDefinition | undefined {
  return Object.hasOwn(CARD_CATALOG, type) ? CARD_CATALOG[type] : undefined;
}
