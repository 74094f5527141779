// What a card may use: the fields that have SURELY been set when it runs (see docs/flow-model.md, "Scoping").
// In scope at a card: the event card's inputs and options; the outputs of enabled cards before it in its own
// sequence and in every enclosing sequence (before the enclosing container); the values each enclosing block
// provides (If Error's `error` inside `catch`). Never: cards inside another block (it may not have run),
// later cards, the card itself, disabled cards, or a container's outputs from inside it.
import { EVENT_CARD_ID, type Binding, type Card, type FieldSpec, type Flow, type ValueType } from "../flow/model";
import { describeValueType, isAssignable, typeAtPath } from "../flow/value-types";
import { childPointer } from "../validation/pointer";
import { blockInputsOf, blockProvides, inputsOf, outputsOf } from "./card-fields";
import { contractInputPaths, flowContract } from "./contract-event";
import { CARD_CATALOG } from "./catalog";
import type { CardCatalog } from "./types";

export interface ScopeField {
  /** The card whose value this is ("event" for the event card). */
  card: string;
  key: string;
  type: ValueType;
  label?: string;
  /** A field nested in the value of `key` (an action flow's contract field, e.g. `user.name.givenName`). */
  path?: string[];
  /** The contract requires it (action flows' event fields). */
  required?: boolean;
  /** "block": provided by an enclosing container's block (If Error's `error`). */
  source: "event" | "output" | "block";
}

export type ReferenceCode =
  | "unknown_card"
  | "not_yet_run"
  | "sibling_branch"
  | "disabled_card"
  | "unknown_output"
  | "type_mismatch";

export interface ReferenceDiagnostic {
  cardId: string;
  /** The input's key; for a block's condition or results: "<block>.<key>" or "<block>.results.<key>". */
  input: string;
  message: string;
  code: ReferenceCode;
  /** type_mismatch is a warning: the value may still convert at run time. */
  severity: "error" | "warning";
  /** JSON pointer of the binding in the flow document. */
  pointer: string;
}

interface ScopeEntry {
  source: ScopeField["source"];
  fields: FieldSpec[];
}
type Scope = Map<string, ScopeEntry>;

interface Ancestor {
  card: Card;
  block: string;
}

interface Visitor {
  /** Before a card runs; `scope` is what it may use. */
  card?(card: Card, scope: Scope, pointer: string, ancestors: Ancestor[]): void;
  /** Before a container's block runs (its condition) and when it ends (its results). */
  block?(card: Card, blockIndex: number, before: Scope, atEnd: Scope, pointer: string, ancestors: Ancestor[]): void;
}

function eventScope(flow: Flow): Scope {
  return new Map([[EVENT_CARD_ID, { source: "event", fields: [...flow.event.inputs, ...flow.event.options] }]]);
}

function walk(
  cards: Card[],
  scope: Scope,
  pointer: string,
  ancestors: Ancestor[],
  catalog: CardCatalog,
  visitor: Visitor,
) {
  cards.forEach((card, index) => {
    const cardPointer = `${pointer}/${index}`;
    visitor.card?.(card, scope, cardPointer, ancestors);
    (card.blocks ?? []).forEach((block, blockIndex) => {
      const inner: Scope = new Map(scope);
      const provided = blockProvides(card, block.id, catalog);
      if (provided.length) inner.set(card.id, { source: "block", fields: provided });
      const blockPointer = `${cardPointer}/blocks/${blockIndex}`;
      const innerAncestors = [...ancestors, { card, block: block.id }];
      walk(block.cards, inner, `${blockPointer}/cards`, innerAncestors, catalog, visitor);
      visitor.block?.(card, blockIndex, scope, inner, blockPointer, ancestors);
    });
    if (!card.disabled) scope.set(card.id, { source: "output", fields: outputsOf(card, catalog) });
  });
}

/** The contract fields nested under an action flow's event inputs, typed by walking the input's schema. */
function contractEventFields(flow: Flow, inputs: FieldSpec[]): ScopeField[] {
  const contract = flowContract(flow);
  if (!contract) return [];
  return contractInputPaths(contract).flatMap(({ key, path, label, required }) => {
    const input = inputs.find((spec) => spec.key === key);
    if (!input) return [];
    const type = typeAtPath(input.type, path);
    return [{ card: EVENT_CARD_ID, key, path, label, required, type, source: "event" as const }];
  });
}

/** The event card's fields as the canvas shows them: its inputs, and for an action flow the contract tree below them. */
export function eventFields(flow: Flow): ScopeField[] {
  const inputs = [...flow.event.inputs, ...flow.event.options];
  const own: ScopeField[] = inputs.map((spec) => ({
    card: EVENT_CARD_ID,
    key: spec.key,
    type: spec.type,
    label: spec.label,
    ...(spec.required ? { required: true } : {}),
    source: "event",
  }));
  return [...own, ...contractEventFields(flow, inputs)];
}

function toFields(flow: Flow, scope: Scope): ScopeField[] {
  const fields: ScopeField[] = [];
  for (const [card, entry] of scope) {
    for (const spec of entry.fields)
      fields.push({ card, key: spec.key, type: spec.type, label: spec.label, source: entry.source });
    if (card === EVENT_CARD_ID) fields.push(...contractEventFields(flow, entry.fields));
  }
  return fields;
}

/**
 * The fields in scope at a card (what the canvas mapping menu offers), or, with `atEndOfBlock`,
 * at the end of that block of the container `cardId` (what its results may use).
 */
export function scopeAt(
  flow: Flow,
  cardId: string,
  catalog: CardCatalog = CARD_CATALOG,
  atEndOfBlock?: string,
): ScopeField[] {
  let found: Scope | undefined;
  walk(flow.cards, eventScope(flow), "/cards", [], catalog, {
    card(card, scope) {
      if (!found && card.id === cardId && atEndOfBlock === undefined) found = new Map(scope);
    },
    block(card, blockIndex, _before, atEnd) {
      if (!found && card.id === cardId && card.blocks?.[blockIndex].id === atEndOfBlock) found = new Map(atEnd);
    },
  });
  return found ? toFields(flow, found) : [];
}

interface Place {
  card: Card;
  ancestors: Ancestor[];
  order: number;
}

function indexCards(flow: Flow, catalog: CardCatalog): Map<string, Place> {
  const places = new Map<string, Place>();
  walk(flow.cards, new Map(), "/cards", [], catalog, {
    card(card, _scope, _pointer, ancestors) {
      if (!places.has(card.id)) places.set(card.id, { card, ancestors, order: places.size });
    },
  });
  return places;
}

/** Where a binding is used: the card it feeds, its chain of enclosing blocks and its execution order. */
interface Holder {
  cardId: string;
  ancestors: Ancestor[];
  order: number;
}

function commonPrefix(a: Ancestor[], b: Ancestor[]): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n].card === b[n].card && a[n].block === b[n].block) n++;
  return n;
}

/** Why a card that exists is not in scope. */
function whyNotInScope(
  target: Place,
  holder: Holder,
  places: Map<string, Place>,
): { code: ReferenceCode; message: string } {
  const name = `Card "${target.card.id}"`;
  if (target.card.disabled || target.ancestors.some((ancestor) => ancestor.card.disabled)) {
    return { code: "disabled_card", message: `${name} is disabled, so its outputs are never set` };
  }
  if (target.card.id === holder.cardId) return { code: "not_yet_run", message: `A card cannot use its own outputs` };
  if (holder.ancestors.some((ancestor) => ancestor.card.id === target.card.id)) {
    return { code: "not_yet_run", message: `${name} contains this card: its outputs exist only after it completes` };
  }
  const shared = commonPrefix(target.ancestors, holder.ancestors);
  if (shared === target.ancestors.length) return { code: "not_yet_run", message: `${name} runs after this card` };
  const container = target.ancestors[shared];
  const sibling = holder.ancestors[shared];
  if (sibling && sibling.card === container.card) {
    return {
      code: "sibling_branch",
      message: `${name} is in block "${container.block}" of card "${container.card.id}" and this card in block "${sibling.block}": only one of them runs`,
    };
  }
  const holderOrder = sibling ? (places.get(sibling.card.id)?.order ?? holder.order) : holder.order;
  if ((places.get(container.card.id)?.order ?? 0) < holderOrder) {
    return {
      code: "sibling_branch",
      message: `${name} is inside block "${container.block}" of card "${container.card.id}", which may not have run; use that card's outputs`,
    };
  }
  return { code: "not_yet_run", message: `${name} runs after this card` };
}

function checkBinding(
  binding: Binding,
  expected: ValueType | undefined,
  scope: Scope,
  holder: Holder,
  input: string,
  pointer: string,
  places: Map<string, Place>,
): ReferenceDiagnostic | undefined {
  if (binding.kind !== "ref") return undefined;
  const report = (code: ReferenceCode, message: string): ReferenceDiagnostic => ({
    cardId: holder.cardId,
    input,
    message,
    code,
    severity: code === "type_mismatch" ? "warning" : "error",
    pointer,
  });
  const entry = scope.get(binding.card);
  if (!entry) {
    const target = places.get(binding.card);
    if (!target) return report("unknown_card", `No card "${binding.card}" in this flow`);
    const reason = whyNotInScope(target, holder, places);
    return report(reason.code, reason.message);
  }
  const [key, ...rest] = binding.path;
  const field = entry.fields.find((spec) => spec.key === key);
  if (!field) {
    const known = entry.fields.map((spec) => spec.key).join(", ") || "none";
    const owner = binding.card === EVENT_CARD_ID ? "The event card" : `Card "${binding.card}"`;
    if (entry.source === "block") {
      return report(
        "not_yet_run",
        `Inside its block, ${owner} only provides: ${known}; its outputs exist only after it completes`,
      );
    }
    return report("unknown_output", `${owner} has no output "${key ?? ""}" (its outputs: ${known})`);
  }
  const actual = typeAtPath(field.type, rest);
  if (expected && !isAssignable(actual, expected)) {
    return report(
      "type_mismatch",
      `"${[binding.card, ...binding.path].join(".")}" is ${describeValueType(actual)} but input "${input}" expects ${describeValueType(expected)}`,
    );
  }
  return undefined;
}

/** Proves every `ref` binding names a value that is set when its card runs. */
export function checkReferences(flow: Flow, catalog: CardCatalog = CARD_CATALOG): ReferenceDiagnostic[] {
  const places = indexCards(flow, catalog);
  const diagnostics: ReferenceDiagnostic[] = [];
  const checkAll = (
    bindings: Record<string, Binding> | undefined,
    specs: FieldSpec[],
    scope: Scope,
    holder: Holder,
    pointer: string,
    prefix: string,
  ) => {
    for (const [key, binding] of Object.entries(bindings ?? {})) {
      const expected = specs.find((spec) => spec.key === key)?.type;
      const found = checkBinding(binding, expected, scope, holder, prefix + key, childPointer(pointer, key), places);
      if (found) diagnostics.push(found);
    }
  };
  walk(flow.cards, eventScope(flow), "/cards", [], catalog, {
    card(card, scope, pointer, ancestors) {
      const holder = { cardId: card.id, ancestors, order: places.get(card.id)?.order ?? 0 };
      checkAll(card.inputs, inputsOf(card, catalog), scope, holder, `${pointer}/inputs`, "");
    },
    block(card, blockIndex, before, atEnd, pointer, ancestors) {
      const block = card.blocks![blockIndex];
      const order = places.get(card.id)?.order ?? 0;
      const conditionHolder = { cardId: card.id, ancestors, order };
      checkAll(
        block.inputs,
        blockInputsOf(card, block.id, catalog),
        before,
        conditionHolder,
        `${pointer}/inputs`,
        `${block.id}.`,
      );
      const resultsHolder = { cardId: card.id, ancestors: [...ancestors, { card, block: block.id }], order: Infinity };
      checkAll(
        block.results,
        card.dynamicOutputs ?? [],
        atEnd,
        resultsHolder,
        `${pointer}/results`,
        `${block.id}.results.`,
      );
    },
  });
  return diagnostics;
}
