// One card definition serves the palette, the inspector, the validator and the engine.
import type { Card, FieldSpec, Flow, ValueType } from "../flow/model";
import type { HttpRequest, StandardResponse } from "../http/types";

export const CARD_CATEGORIES = [
  "Flow Control",
  "Branching",
  "Error Handling",
  "HTTP",
  "Object",
  "Text",
  "Number",
  "True/False",
  "List",
  "JSON",
  "Date & Time",
  "URL",
] as const;
export type CardCategory = (typeof CARD_CATEGORIES)[number];

export interface BlockSpec {
  id: string;
  label: string;
  /** Inputs evaluated before the block runs (e.g. an If/ElseIf condition). */
  inputs?: FieldSpec[];
  /** Values in scope only inside this block (If Error's `error` in its catch block). */
  provides?: FieldSpec[];
}

export interface CardDefinition {
  type: string;
  title: string;
  category: CardCategory;
  help: string;
  inputs: FieldSpec[];
  outputs: FieldSpec[];
  options?: FieldSpec[];
  /** The user may add inputs of their own (the type, when fixed); mirrored ones also become outputs of the same key (Assign). */
  dynamicInputs?: { label: string; type?: ValueType; mirroredAsOutputs?: boolean };
  /** The user declares outputs (names and types). */
  dynamicOutputs?: { label: string };
  /** Fixed nested blocks, or "conditional" for If/ElseIf's user-added branches plus else. */
  blocks?: BlockSpec[];
  conditionalBlocks?: { branch: BlockSpec; otherwise: BlockSpec };
  /** Ends the sequence it is in (Return, Return Error): nothing after it can run. */
  terminates?: boolean;
  execute: CardExecutor;
}

/** How a failing card ends a flow: a card's `fail`, a failed request, a bound exceeded. */
export interface FlowError {
  message: string;
  code: string;
  /** Name of the flow the failing card belongs to. */
  flow: string;
  card?: string;
  execution: string;
  statusCode?: number;
  details?: unknown;
}

export type CardExecutor = (
  inputs: Record<string, unknown>,
  ctx: CardContext,
) => Promise<Record<string, unknown>> | Record<string, unknown>;

export interface BlockOutcome {
  /** The block's `results`, resolved. */
  results: Record<string, unknown>;
}

/** What the engine lends a card while it runs. */
export interface CardContext {
  card: Card;
  flow: Flow;
  options: Record<string, unknown>;
  /** Runs one of this card's blocks, with values the block provides (e.g. `error`). */
  runBlock(blockId: string, provided?: Record<string, unknown>): Promise<BlockOutcome>;
  /** Runs a block and reports a card failure inside it instead of throwing (If Error). */
  tryBlock(
    blockId: string,
    provided?: Record<string, unknown>,
  ): Promise<{ ok: true; results: Record<string, unknown> } | { ok: false; error: FlowError }>;
  /** Resolves inputs of a block (If/ElseIf conditions) without running it. */
  blockInputs(blockId: string): Record<string, unknown>;
  /** Calls a flow of the same project by name and waits for its outputs. */
  callFlow(name: string, inputs: Record<string, unknown>): Promise<Record<string, unknown>>;
  /** Starts a flow without waiting (Call Flow Async). */
  callFlowAsync(name: string, inputs: Record<string, unknown>): void;
  /** Sends a request through the run's connection. Throws a FlowError on failure. */
  http(request: HttpRequest): Promise<StandardResponse>;
  /** Ends the flow with these outputs (Return, Return Outputs). */
  returnFlow(outputs: Record<string, unknown>): never;
  /** Ends the sequence (Continue If false) — the enclosing container continues. */
  stopSequence(): never;
  /** Fails the card with a user-facing error (Return Error, bad input). */
  fail(message: string, options?: { code?: string; statusCode?: number; details?: unknown }): never;
  /** Counts an iteration against the run's bounds (wall time); "paginate" also against the Paginate iteration bound. */
  tick(bound?: "paginate"): void;
  now(): Date;
}

/** Card definitions by type (lib/cards/catalog's CARD_CATALOG, or a test's own). */
export type CardCatalog = Readonly<Record<string, CardDefinition>>;
