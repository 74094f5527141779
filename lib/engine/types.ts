// The engine's contract (runFlow, its result and trace). Types only, so the browser can import them.
import type { FlowError } from "../cards/types";
import type { Flow } from "../flow/model";
import type { HttpClient } from "../http/types";

export interface RunLimits {
  /** Cards executed in the whole run, sub-flows and iterations included. */
  maxCards: number;
  wallTimeMs: number;
  /** Nesting of Call Flow (and helper flows run by Paginate, For Each...). */
  maxCallDepth: number;
  /** Iterations of one Paginate card. */
  maxPaginateIterations: number;
  /** JSON size of the outputs of one card (and of a flow's Return), shared references counted as often as they appear. */
  maxValueBytes: number;
  /** JSON size of the values kept in the trace; values past it are replaced by a marker. */
  maxTraceBytes: number;
}

export const DEFAULT_LIMITS: RunLimits = {
  maxCards: 10_000,
  wallTimeMs: 30_000,
  maxCallDepth: 10,
  maxPaginateIterations: 5_000,
  maxValueBytes: 10 * 1024 * 1024,
  maxTraceBytes: 10 * 1024 * 1024,
};

export interface RunContext {
  /** Connection parameter values, for `connectionParam` bindings. */
  parameters: Record<string, string>;
  /** Tenant variable values, for `tenantVar` bindings. */
  tenantVariables: Record<string, string>;
  /** Values never written to a trace, result or stored execution. */
  secretValues: string[];
}

export interface RunOptions {
  flow: Flow;
  inputs: Record<string, unknown>;
  /** Finds another flow by name (Call Flow); may answer at once (a bundle in memory) or later (the database). */
  loadFlow(name: string): Flow | undefined | Promise<Flow | undefined>;
  http?: HttpClient;
  context?: RunContext;
  limits?: Partial<RunLimits>;
  executionId?: string;
  /** false keeps only card, duration and error per trace entry (cheaper); default true. */
  traceValues?: boolean;
  /**
   * true returns the flow's outputs unredacted, for a value the runtime uses itself (a config value computed by a
   * helper flow); such a result is never shown or stored. Default false.
   */
  revealOutputs?: boolean;
}

export interface TraceEntry {
  card: string;
  type: string;
  /** The container block this card ran in ("then", "try", "branch0"...). */
  block?: string;
  inputs?: Record<string, unknown>;
  outputs?: Record<string, unknown>;
  durationMs: number;
  error?: { message: string; code: string };
  skipped?: "disabled";
  /** Cards of the blocks this container ran, each with its `block`. */
  children?: TraceEntry[];
  /** Flows this card called (Call Flow, Paginate, For Each...), in order. */
  calls?: SubFlowTrace[];
  /** Calls beyond the trace's cap that were run but not kept. */
  callsOmitted?: number;
}

export interface SubFlowTrace {
  flow: string;
  trace: TraceEntry[];
  error?: { message: string; code: string };
}

export interface RunResult {
  ok: boolean;
  /** The flow's outputs, secrets redacted (unless the run asked for `revealOutputs`). */
  outputs: Record<string, unknown>;
  /** With `revealOutputs`: the outputs computed from a secret, which the caller must treat as secrets. */
  secretOutputs?: string[];
  /** The inputs as run, secrets redacted. */
  inputs: Record<string, unknown>;
  trace: TraceEntry[];
  error?: FlowError;
  executionId: string;
  startedAt: string;
  durationMs: number;
}

/** Marks a value cut from a trace for size. */
export interface TruncatedValue {
  $truncated: true;
  /** Size of the value's JSON, at least this many bytes. */
  bytes: number;
  preview: string;
}
