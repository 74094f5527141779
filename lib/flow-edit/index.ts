// Pure edits of a Flow document with structural sharing: untouched cards keep their identity,
// so undo snapshots are cheap and card nodes that subscribe to their own card don't re-render.
import type { Binding, Block, Card, Flow } from "../flow/model";

/** A sequence of cards: the flow's top level (container null) or one block of a container card. */
export interface SequenceRef {
  container: string | null;
  block: string | null;
}

export const ROOT: SequenceRef = { container: null, block: null };

function mapCards(cards: Card[], change: (card: Card) => Card | null): Card[] {
  let touched = false;
  const next: Card[] = [];
  for (const card of cards) {
    const updated = change(card);
    if (updated !== card) touched = true;
    if (updated) next.push(updated);
  }
  return touched ? next : cards;
}

/** Applies `change` to every card, depth first; returns the same arrays where nothing changed. */
function rewrite(cards: Card[], change: (card: Card) => Card | null): Card[] {
  return mapCards(cards, (card) => {
    const blocks = card.blocks?.map((block) => {
      const inner = rewrite(block.cards, change);
      return inner === block.cards ? block : { ...block, cards: inner };
    });
    const withBlocks = blocks?.some((block, index) => block !== card.blocks![index]) ? { ...card, blocks } : card;
    return change(withBlocks);
  });
}

export function updateCard(flow: Flow, cardId: string, change: (card: Card) => Card): Flow {
  const cards = rewrite(flow.cards, (card) => (card.id === cardId ? change(card) : card));
  return cards === flow.cards ? flow : { ...flow, cards };
}

function updateSequence(flow: Flow, at: SequenceRef, change: (cards: Card[]) => Card[]): Flow {
  if (at.container === null) return { ...flow, cards: change(flow.cards) };
  return updateCard(flow, at.container, (card) => ({
    ...card,
    blocks: (card.blocks ?? []).map((block) =>
      block.id === at.block ? { ...block, cards: change(block.cards) } : block,
    ),
  }));
}

export function findCard(cards: Card[], cardId: string): Card | undefined {
  for (const card of cards) {
    if (card.id === cardId) return card;
    for (const block of card.blocks ?? []) {
      const found = findCard(block.cards, cardId);
      if (found) return found;
    }
  }
  return undefined;
}

/** Where a card sits: its sequence and index. */
export function locateCard(
  cards: Card[],
  cardId: string,
  at: SequenceRef = ROOT,
): { at: SequenceRef; index: number } | undefined {
  for (const [index, card] of cards.entries()) {
    if (card.id === cardId) return { at, index };
    for (const block of card.blocks ?? []) {
      const found = locateCard(block.cards, cardId, { container: card.id, block: block.id });
      if (found) return found;
    }
  }
  return undefined;
}

export function insertCards(flow: Flow, at: SequenceRef, index: number, cards: Card[]): Flow {
  return updateSequence(flow, at, (list) => [...list.slice(0, index), ...cards, ...list.slice(index)]);
}

export function removeCards(flow: Flow, ids: ReadonlySet<string>): Flow {
  const cards = rewrite(flow.cards, (card) => (ids.has(card.id) ? null : card));
  return cards === flow.cards ? flow : { ...flow, cards };
}

const contains = (card: Card, id: string): boolean =>
  card.id === id || (card.blocks ?? []).some((block) => block.cards.some((inner) => contains(inner, id)));

/** Moves a card to `index` of sequence `to` (the index as seen before the move). Refuses to move a container into itself. */
export function moveCard(flow: Flow, cardId: string, to: SequenceRef, index: number): Flow {
  const card = findCard(flow.cards, cardId);
  const from = locateCard(flow.cards, cardId);
  if (!card || !from) return flow;
  if (to.container && contains(card, to.container)) return flow;
  const sameSequence = from.at.container === to.container && from.at.block === to.block;
  const target = sameSequence && from.index < index ? index - 1 : index;
  if (sameSequence && target === from.index) return flow;
  return insertCards(removeCards(flow, new Set([cardId])), to, target, [card]);
}

/** A copy of `bindings` with `key` set to `binding`, or without it when the binding is undefined. */
function withBinding(
  bindings: Record<string, Binding> | undefined,
  key: string,
  binding: Binding | undefined,
): Record<string, Binding> {
  const next = { ...bindings };
  if (binding) next[key] = binding;
  else delete next[key];
  return next;
}

export function setInput(flow: Flow, cardId: string, key: string, binding: Binding | undefined): Flow {
  return updateCard(flow, cardId, (card) => ({ ...card, inputs: withBinding(card.inputs, key, binding) }));
}

/** Sets (or removes) a binding of one of a card's blocks: one of its `inputs` or one of its `results`. */
function setBlockBinding(
  flow: Flow,
  cardId: string,
  blockId: string,
  part: "inputs" | "results",
  key: string,
  binding: Binding | undefined,
): Flow {
  return updateCard(flow, cardId, (card) => ({
    ...card,
    blocks: (card.blocks ?? []).map(
      (block): Block => (block.id === blockId ? { ...block, [part]: withBinding(block[part], key, binding) } : block),
    ),
  }));
}

export function setBlockInput(
  flow: Flow,
  cardId: string,
  blockId: string,
  key: string,
  binding: Binding | undefined,
): Flow {
  return setBlockBinding(flow, cardId, blockId, "inputs", key, binding);
}

/** Sets (or, with undefined, removes) one of a block's results: a value handed to its container's declared output `key`. */
export function setBlockResult(
  flow: Flow,
  cardId: string,
  blockId: string,
  key: string,
  binding: Binding | undefined,
): Flow {
  return setBlockBinding(flow, cardId, blockId, "results", key, binding);
}

/** Gives a card the user's name; an empty name goes back to the catalog title. */
export function renameCard(flow: Flow, cardId: string, title: string): Flow {
  const name = title.trim() || undefined;
  return updateCard(flow, cardId, (card) => (card.title === name ? card : { ...card, title: name }));
}

/** Disables (the engine skips them) or enables the given cards. */
export function setDisabled(flow: Flow, cardIds: Iterable<string>, disabled: boolean): Flow {
  let next = flow;
  for (const id of cardIds)
    next = updateCard(next, id, (card) =>
      !!card.disabled === disabled ? card : { ...card, disabled: disabled || undefined },
    );
  return next;
}

/** Flips each given card between disabled and enabled. */
export function toggleDisabled(flow: Flow, cardIds: Iterable<string>): Flow {
  let next = flow;
  for (const id of cardIds)
    next = updateCard(next, id, (card) => ({ ...card, disabled: card.disabled ? undefined : true }));
  return next;
}

/** Every card id used in the flow, to pick fresh ones. */
export function cardIds(cards: Card[], into = new Set<string>()): Set<string> {
  for (const card of cards) {
    into.add(card.id);
    for (const block of card.blocks ?? []) cardIds(block.cards, into);
  }
  return into;
}

export function freshId(type: string, taken: Set<string>): string {
  const base = (type.split(".").pop() ?? "card").replace(/[^A-Za-z0-9]/g, "") || "card";
  let counter = 1;
  while (taken.has(`${base}${counter}`)) counter += 1;
  const id = `${base}${counter}`;
  taken.add(id);
  return id;
}

/**
 * Copies cards under fresh ids (nested cards too), rewriting references between the copied cards.
 * References to other cards are kept here; the caller drops those not in scope where the copies land.
 */
export function cloneWithFreshIds(cards: Card[], taken: Set<string>): Card[] {
  const renamed = new Map<string, string>();
  const assign = (list: Card[]) => {
    for (const card of list) {
      renamed.set(card.id, freshId(card.type, taken));
      for (const block of card.blocks ?? []) assign(block.cards);
    }
  };
  assign(cards);
  const rebind = (binding: Binding): Binding =>
    binding.kind === "ref" && renamed.has(binding.card) ? { ...binding, card: renamed.get(binding.card)! } : binding;
  const rebindAll = (bindings?: Record<string, Binding>) =>
    bindings && Object.fromEntries(Object.entries(bindings).map(([key, binding]) => [key, rebind(binding)]));
  const copy = (card: Card): Card => ({
    ...structuredClone(card),
    id: renamed.get(card.id)!,
    inputs: rebindAll(card.inputs) ?? {},
    ...(card.blocks
      ? {
          blocks: card.blocks.map((block) => ({
            ...structuredClone(block),
            cards: block.cards.map(copy),
            ...(block.inputs ? { inputs: rebindAll(block.inputs) } : {}),
            ...(block.results ? { results: rebindAll(block.results) } : {}),
          })),
        }
      : {}),
  });
  return cards.map(copy);
}

/**
 * Removes bindings for which `keep` says no, in the given cards and everything nested in them.
 * `resultsOf` names the block when the binding is one of that block's results.
 */
export function dropBindings(
  cards: Card[],
  keep: (binding: Binding, card: Card, resultsOf?: string) => boolean,
): Card[] {
  const filter = (bindings: Record<string, Binding> | undefined, card: Card, resultsOf?: string) =>
    bindings && Object.fromEntries(Object.entries(bindings).filter(([, binding]) => keep(binding, card, resultsOf)));
  return cards.map((card) => ({
    ...card,
    inputs: filter(card.inputs, card) ?? {},
    ...(card.blocks
      ? {
          blocks: card.blocks.map((block) => ({
            ...block,
            cards: dropBindings(block.cards, keep),
            ...(block.inputs ? { inputs: filter(block.inputs, card) } : {}),
            ...(block.results ? { results: filter(block.results, card, block.id) } : {}),
          })),
        }
      : {}),
  }));
}
