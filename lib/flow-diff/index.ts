// What changed between two versions of a flow: cards added, removed, moved or changed, and which mappings changed.
// Pure: the version-history dialog and tests use it alike.
import { getCard } from "../cards/catalog";
import type { Binding, Block, Card, Flow } from "../flow/model";

export type BindingChange = {
  /** Where the input lives: "<input key>" on the card, or "<block id>/<input key>" / "<block id>/results/<key>" on a block. */
  field: string;
  before?: Binding;
  after?: Binding;
};

export interface CardChange {
  id: string;
  title: string;
  /** Card properties other than mappings that differ: "type", "title", "disabled", "options", "dynamicInputs", "dynamicOutputs", "blocks". */
  properties: string[];
  mappings: BindingChange[];
  /** The card now sits in another sequence or at another position. */
  moved?: { from: CardPlace; to: CardPlace };
}

/**
 * A card's place: the container card and block holding its sequence (null at the top level) and its index among
 * the cards of that sequence present in both versions (so inserting a card elsewhere does not "move" its neighbours).
 */
export interface CardPlace {
  container: string | null;
  block: string | null;
  index: number;
}

export interface FlowDiff {
  added: { id: string; title: string; type: string }[];
  removed: { id: string; title: string; type: string }[];
  changed: CardChange[];
  /** Flow-level properties that differ: "name", "description", "folder", "enabled", "saveAllData", "kind", "event". */
  flow: string[];
  identical: boolean;
}

interface Located {
  card: Card;
  place: CardPlace;
}

function locate(cards: Card[], container: string | null, block: string | null, into: Map<string, Located>) {
  for (const card of cards) {
    into.set(card.id, { card, place: { container, block, index: 0 } });
    for (const child of card.blocks ?? []) locate(child.cards, card.id, child.id, into);
  }
  return into;
}

/** Numbers each card among its sequence's cards that the other version also has. */
function numberCommon(located: Map<string, Located>, other: Map<string, Located>) {
  const counters = new Map<string, number>();
  for (const [id, { place }] of located) {
    if (!other.has(id)) continue;
    const sequence = `${place.container}/${place.block}`;
    const index = counters.get(sequence) ?? 0;
    place.index = index;
    counters.set(sequence, index + 1);
  }
}

/** Deep equality of JSON values (flow documents are plain JSON). */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== "object") return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const list = b as unknown[];
    return a.length === list.length && a.every((item, index) => sameJson(item, list[index]));
  }
  const left = Object.entries(a as Record<string, unknown>).filter(([, value]) => value !== undefined);
  const right = b as Record<string, unknown>;
  const rightKeys = Object.keys(right).filter((key) => right[key] !== undefined);
  return left.length === rightKeys.length && left.every(([key, value]) => sameJson(value, right[key]));
}

function bindingChanges(
  prefix: string,
  before: Record<string, Binding> = {},
  after: Record<string, Binding> = {},
): BindingChange[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return keys
    .filter((key) => !sameJson(before[key], after[key]))
    .map((key) => ({ field: prefix + key, before: before[key], after: after[key] }));
}

function blockMappings(before: Block[] = [], after: Block[] = []): BindingChange[] {
  const ids = [...new Set([...before.map((block) => block.id), ...after.map((block) => block.id)])];
  return ids.flatMap((id) => {
    const left = before.find((block) => block.id === id);
    const right = after.find((block) => block.id === id);
    return [
      ...bindingChanges(`${id}/`, left?.inputs, right?.inputs),
      ...bindingChanges(`${id}/results/`, left?.results, right?.results),
    ];
  });
}

const CARD_PROPERTIES = ["type", "title", "disabled", "options", "dynamicInputs", "dynamicOutputs"] as const;
const FLOW_PROPERTIES = ["name", "description", "folder", "enabled", "saveAllData", "kind", "event"] as const;

const titleOf = (card: Card) => card.title ?? getCard(card.type)?.title ?? card.type;

function compareCards(id: string, before: Located, after: Located): CardChange | undefined {
  const properties: string[] = CARD_PROPERTIES.filter((key) => !sameJson(before.card[key], after.card[key]));
  const beforeBlocks = (before.card.blocks ?? []).map((block) => block.id);
  const afterBlocks = (after.card.blocks ?? []).map((block) => block.id);
  if (!sameJson(beforeBlocks, afterBlocks)) properties.push("blocks");
  const mappings = [
    ...bindingChanges("", before.card.inputs, after.card.inputs),
    ...blockMappings(before.card.blocks, after.card.blocks),
  ];
  const moved = sameJson(before.place, after.place) ? undefined : { from: before.place, to: after.place };
  if (!properties.length && !mappings.length && !moved) return undefined;
  return { id, title: titleOf(after.card), properties, mappings, ...(moved ? { moved } : {}) };
}

/** Compares two versions of one flow, matching cards by id. The event card is compared as the flow property "event". */
export function diffFlows(before: Flow, after: Flow): FlowDiff {
  const left = locate(before.cards, null, null, new Map());
  const right = locate(after.cards, null, null, new Map());
  numberCommon(left, right);
  numberCommon(right, left);
  const summary = (card: Card) => ({ id: card.id, title: titleOf(card), type: card.type });
  const added = [...right.values()].filter(({ card }) => !left.has(card.id)).map(({ card }) => summary(card));
  const removed = [...left.values()].filter(({ card }) => !right.has(card.id)).map(({ card }) => summary(card));
  const changed: CardChange[] = [];
  for (const [id, located] of right) {
    const previous = left.get(id);
    const change = previous && compareCards(id, previous, located);
    if (change) changed.push(change);
  }
  const flow: string[] = FLOW_PROPERTIES.filter((key) => !sameJson(before[key], after[key]));
  return {
    added,
    removed,
    changed,
    flow,
    identical: !added.length && !removed.length && !changed.length && !flow.length,
  };
}
