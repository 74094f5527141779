// The one flow model: generator, canvas, validator, engine, CLI and bundles all read and write this shape.
// Its JSON Schema is docs/flow.schema.json (generated from lib/flow/schema.ts).

export const FLOW_SCHEMA_VERSION = 1;

export type FlowKind = "helper" | "authping" | "revoke" | "customApiAction" | "action" | "test";

/** The event card that starts a flow; one per flow kind. */
export type EventType = "helperFlow" | "authping" | "revoke" | "customApiAction" | "action" | "test";

export const EVENT_FOR_KIND: Record<FlowKind, EventType> = {
  helper: "helperFlow",
  authping: "authping",
  revoke: "revoke",
  customApiAction: "customApiAction",
  action: "action",
  test: "test",
};

/** Workflows data types: Text, Number, True/False, Date & Time, Object, File, List of a type. */
export type ValueType =
  | { type: "text" }
  | { type: "number" }
  | { type: "boolean" }
  | { type: "datetime" }
  | { type: "file" }
  | { type: "any" }
  | { type: "object"; schema?: Record<string, unknown> }
  | { type: "list"; items: ValueType };

/** A typed field: a card input or output, an event input, option or flow output. */
export interface FieldSpec {
  key: string;
  label?: string;
  type: ValueType;
  required?: boolean;
  /** Allowed values (a dropdown). */
  enum?: string[];
  help?: string;
}

/**
 * What feeds a card input. A `ref` names a card that has surely run before (see lib/cards/scope.ts)
 * or "event" for the event card's inputs; `path` walks into that output (first element = output key).
 */
export type Binding =
  | { kind: "literal"; value: unknown }
  | { kind: "ref"; card: string; path: string[] }
  | { kind: "tenantVar"; name: string }
  | { kind: "connectionParam"; name: string };

export const EVENT_CARD_ID = "event";

export interface Card {
  /** Unique within the flow; never "event". */
  id: string;
  /** Catalog card type, e.g. "text.concatenate" (lib/cards). */
  type: string;
  /** The user's name for this card, shown instead of the catalog title. */
  title?: string;
  /** A disabled card is skipped by the engine; its outputs are then undefined. */
  disabled?: boolean;
  /** Design-time values, the same on every run (e.g. the helper flow a Call Flow calls). */
  options?: Record<string, unknown>;
  inputs: Record<string, Binding>;
  /** Inputs the user added, for cards whose catalog definition allows it (Construct, Call Flow, Return...). */
  dynamicInputs?: FieldSpec[];
  /** Outputs the user declared (Call Flow results, container outputs, JSON Parse's typed output...). */
  dynamicOutputs?: FieldSpec[];
  /** Nested sequences of a container card (If/Else branches, If Error's try and catch). */
  blocks?: Block[];
}

export interface Block {
  /** The catalog's block id ("then", "else", "try", "catch") or, for If/ElseIf, "branch<N>". */
  id: string;
  /** Per-block inputs, e.g. one If/ElseIf condition. */
  inputs?: Record<string, Binding>;
  cards: Card[];
  /** Values this block hands to its container's declared outputs when it completes. */
  results?: Record<string, Binding>;
}

export interface EventCard {
  type: EventType;
  /** For action flows: the exact contract name (e.g. "Provisioning Create User"). */
  contract?: string;
  /** Design-time options of an action card (e.g. Custom API Action's Request Type). */
  options: FieldSpec[];
  inputs: FieldSpec[];
  /** What the flow returns (Return / Return Outputs), as callers declare it. */
  outputs: FieldSpec[];
}

export interface Flow {
  schemaVersion: typeof FLOW_SCHEMA_VERSION;
  name: string;
  description?: string;
  kind: FlowKind;
  folder: string;
  enabled: boolean;
  saveAllData: boolean;
  /** Incremented by every save; used for optimistic concurrency. */
  version: number;
  event: EventCard;
  cards: Card[];
  /** Canvas-only hints (collapsed containers...), ignored by the engine. */
  layout?: { collapsed?: string[] };
}

export const SHARED_FOLDER = "Shared Folder";
/** The flow Test connection runs; generated as a core flow. */
export const AUTHPING_NAME = "_authping";
export const RESERVED_FLOW_NAMES = [AUTHPING_NAME, "_revoke"] as const;

/** Walks every card of a flow, depth first, in execution order. */
export function* allCards(cards: Card[]): Generator<Card> {
  for (const card of cards) {
    yield card;
    for (const block of card.blocks ?? []) yield* allCards(block.cards);
  }
}
