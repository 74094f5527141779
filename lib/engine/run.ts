// Runs a flow: resolves each card's bindings, executes it from the catalog, and records a trace.
// Kept lean per card (no cloning, one trace entry, one context object): values are sanitized once, at the end.
import { CARD_CATALOG } from "../cards/catalog";
import type { BlockOutcome, CardContext, CardDefinition, FlowError } from "../cards/types";
import { EVENT_CARD_ID, type Binding, type Block, type Card, type Flow } from "../flow/model";
import { Cancellation } from "../http/cancellation";
import { HttpPreflightError, RequestRefused } from "../http/errors";
import type { HttpRequest, StandardResponse } from "../http/types";
import { log } from "../log";
import { REDACTED } from "../secrets/redact";
import { inputProblems } from "./inputs";
import { CardTaint } from "./card-taint";
import { Sanitizer } from "./sanitize";
import { formatBytes } from "../bytes";
import { jsonSize } from "./size";
import { CardFailure, LimitExceeded, ReturnSignal, StopSequenceSignal } from "./signals";
import { Taint } from "./taint";
import {
  DEFAULT_LIMITS,
  type RunContext,
  type RunLimits,
  type RunOptions,
  type RunResult,
  type SubFlowTrace,
  type TraceEntry,
} from "./types";

/** Sub-flow runs kept per trace entry (Paginate and For Each may call thousands). */
const MAX_TRACED_CALLS = 100;
/** The error code of a run ended by a request its actor may not send (RequestRefused). */
export const REFUSED_CODE = "FORBIDDEN";
const EMPTY_CONTEXT: RunContext = { parameters: {}, tenantVariables: {}, secretValues: [] };

/** A card's catalog definition and bindings, prepared once per card object. */
interface CardPlan {
  definition: CardDefinition | undefined;
  keys: string[];
  bindings: Binding[];
  required: string[];
}
const plans = new WeakMap<Card, CardPlan>();

function planOf(card: Card): CardPlan {
  let plan = plans.get(card);
  if (!plan) {
    const definition = Object.hasOwn(CARD_CATALOG, card.type) ? CARD_CATALOG[card.type] : undefined;
    const keys = Object.keys(card.inputs);
    plan = {
      definition,
      keys,
      bindings: keys.map((key) => card.inputs[key]),
      required: (definition?.inputs ?? []).filter((spec) => spec.required).map((spec) => spec.key),
    };
    plans.set(card, plan);
  }
  return plan;
}

/** State shared by every flow invocation of one run: bounds, connection, flows loaded. */
class Run {
  cardsExecuted = 0;
  readonly deadline: number;
  readonly limits: RunLimits;
  readonly context: RunContext;
  readonly traceValues: boolean;
  /** Values computed from secrets in this run, by position: redacted from everything shown or stored. */
  readonly taint: Taint;
  /** Containers whose blocks ran because of a tainted value: which cards ran there would tell it. */
  readonly hiddenBlocks = new Set<TraceEntry>();
  /** Aborted when the wall time runs out: requests in flight stop and their sockets close. */
  readonly abort = new Cancellation();
  private readonly flows = new Map<string, Flow | undefined | Promise<Flow | undefined>>();
  /** Call Flow Async calls still going: the wall time keeps bounding them after the top flow has returned. */
  private pendingAsyncCalls = 0;
  private whenAsyncCallsEnd?: () => void;

  constructor(
    readonly options: RunOptions,
    readonly executionId: string,
  ) {
    this.limits = options.limits ? { ...DEFAULT_LIMITS, ...options.limits } : DEFAULT_LIMITS;
    this.context = options.context ?? EMPTY_CONTEXT;
    this.traceValues = options.traceValues !== false;
    this.taint = new Taint(this.context.secretValues);
    this.deadline = performance.now() + this.limits.wallTimeMs;
  }

  /** Counts a card against the bounds; returns the time it starts. */
  startCard(): number {
    if (++this.cardsExecuted > this.limits.maxCards) {
      throw new LimitExceeded(
        `Run stopped: more than ${this.limits.maxCards} cards executed (limit maxCards)`,
        "LIMIT_CARDS",
      );
    }
    return this.checkTime();
  }

  checkTime(): number {
    const now = performance.now();
    if (now > this.deadline) throw this.wallTimeExceeded();
    return now;
  }

  /** JSON sizes of the values cards produced so far (see jsonSize). */
  readonly sizes = new Map<object, number>();

  /** Stops the run when a card's outputs are too large to keep, trace or store. */
  checkSize(outputs: Record<string, unknown>, of: { card: string } | { flow: string }): void {
    const limit = this.limits.maxValueBytes;
    if (jsonSize(outputs, limit, this.sizes) > limit) {
      const what = "card" in of ? `card "${of.card}"` : `flow "${of.flow}"`;
      throw new LimitExceeded(
        `Run stopped: the outputs of ${what} are larger than ${formatBytes(limit)} (limit maxValueBytes)`,
        "LIMIT_VALUE_SIZE",
      );
    }
  }

  wallTimeExceeded(): LimitExceeded {
    return new LimitExceeded(
      `Run stopped: wall time exceeded ${this.limits.wallTimeMs} ms (limit wallTimeMs)`,
      "LIMIT_WALL_TIME",
    );
  }

  trackAsyncCall(call: Promise<unknown>): void {
    this.pendingAsyncCalls += 1;
    const settled = () => {
      this.pendingAsyncCalls -= 1;
      if (this.pendingAsyncCalls === 0) this.whenAsyncCallsEnd?.();
    };
    call.then(settled, settled);
  }

  /** Calls `done` once no Call Flow Async call of this run is still going (at once when none is). */
  afterAsyncCalls(done: () => void): void {
    if (this.pendingAsyncCalls === 0) done();
    else this.whenAsyncCallsEnd = done;
  }

  /** The flow named, loaded once per run: at once when the loader answers at once, else a promise. */
  loadFlow(name: string): Flow | undefined | Promise<Flow | undefined> {
    if (this.flows.has(name)) return this.flows.get(name);
    const loaded = this.options.loadFlow(name);
    this.flows.set(name, loaded);
    if (loaded instanceof Promise)
      loaded.then(
        (flow) => this.flows.set(name, flow),
        () => undefined,
      );
    return loaded;
  }
}

/** One flow being run (the top flow or a helper it called), with the outputs of its cards so far. */
class Invocation {
  /** Outputs by card id; inside a block, the values the block provides under its container's id. */
  readonly values = new Map<string, Record<string, unknown>>();
  /** Blocks being run because of a tainted value (a flow called from one counts as one). */
  taintedScope: number;

  constructor(
    readonly run: Run,
    readonly flow: Flow,
    readonly inputs: Record<string, unknown>,
    readonly depth: number,
    scoped = false,
  ) {
    this.taintedScope = scoped ? 1 : 0;
  }

  /** Runs the flow to its end or its Return; returns its outputs. */
  async execute(trace: TraceEntry[]): Promise<Record<string, unknown>> {
    try {
      const pending = this.runSequence(this.flow.cards, trace, undefined);
      if (pending) await pending;
      return {};
    } catch (signal) {
      if (signal instanceof ReturnSignal && signal.invocation === this) return signal.outputs;
      throw signal;
    }
  }

  /**
   * Runs the cards from `from` on. Cards that answer at once run without a promise between them; the sequence
   * becomes a promise at the first card that waits (a request, a called flow).
   */
  runSequence(cards: Card[], trace: TraceEntry[], block: string | undefined, from = 0): Promise<void> | undefined {
    for (let index = from; index < cards.length; index++) {
      const card = cards[index];
      if (card.disabled) {
        trace.push({ card: card.id, type: card.type, durationMs: 0, skipped: "disabled", ...(block && { block }) });
        continue;
      }
      const ran = this.runCard(card, trace, block);
      if (ran === false) return undefined;
      if (ran !== true)
        return ran.then((goOn) => (goOn ? this.runSequence(cards, trace, block, index + 1) : undefined));
    }
    return undefined;
  }

  /** Runs one card; false when it stopped its sequence (Continue If); a promise when the card waits. */
  runCard(card: Card, trace: TraceEntry[], block: string | undefined): boolean | Promise<boolean> {
    const plan = planOf(card);
    const entry: TraceEntry = { card: card.id, type: card.type, durationMs: 0 };
    if (block !== undefined) entry.block = block;
    trace.push(entry);
    const started = this.run.startCard();
    const context = new Context(this, card, entry);
    try {
      if (!plan.definition) context.fail(`Card type "${card.type}" is not in the catalog`, { code: "UNKNOWN_CARD" });
      const inputs = this.resolveAll(plan.keys, plan.bindings, context);
      context.taint?.given(inputs);
      if (this.run.traceValues) entry.inputs = inputs;
      for (const key of plan.required) {
        if (inputs[key] === undefined) context.fail(`Input "${key}" is required`, { code: "MISSING_INPUT" });
      }
      const outputs = plan.definition!.execute(inputs, context);
      if (outputs instanceof Promise) return this.settleCard(outputs, plan, context, entry, started);
      this.keepOutputs(outputs, context, entry);
      entry.durationMs = performance.now() - started;
      return true;
    } catch (signal) {
      entry.durationMs = performance.now() - started;
      return this.cardStopped(signal, plan, context, entry);
    }
  }

  private async settleCard(
    pending: Promise<Record<string, unknown>>,
    plan: CardPlan,
    context: Context,
    entry: TraceEntry,
    started: number,
  ): Promise<boolean> {
    try {
      this.keepOutputs(await pending, context, entry);
      return true;
    } catch (signal) {
      return this.cardStopped(signal, plan, context, entry);
    } finally {
      entry.durationMs = performance.now() - started;
    }
  }

  /** Bounds, taints, keeps and traces what a card produced. */
  private keepOutputs(outputs: Record<string, unknown>, context: Context, entry: TraceEntry): void {
    this.run.checkSize(outputs, { card: context.card.id });
    context.taint?.made(outputs);
    this.values.set(context.card.id, outputs);
    if (this.run.traceValues) entry.outputs = outputs;
  }

  /** A card that threw: false for Continue If, else the signal (named and traced) goes on up. */
  private cardStopped(signal: unknown, plan: CardPlan, context: Context, entry: TraceEntry): false {
    if (signal instanceof StopSequenceSignal) return false;
    throw this.annotate(signal, context, entry, plan);
  }

  /** Records a failure on the trace entry and names where it happened; turns card bugs into failures. */
  private annotate(signal: unknown, context: Context, entry: TraceEntry, plan: CardPlan): unknown {
    const { card } = context;
    if (signal instanceof ReturnSignal) {
      if (plan.definition?.terminates !== true) return signal;
      try {
        this.run.checkSize(signal.outputs, { flow: this.flow.name });
      } catch (limit) {
        return this.annotate(limit, context, entry, plan);
      }
      if (this.run.traceValues) entry.outputs = signal.outputs;
      return signal;
    }
    if (signal instanceof RequestRefused) {
      entry.error ??= { message: signal.message, code: REFUSED_CODE };
      return signal;
    }
    if (signal instanceof LimitExceeded) {
      entry.error ??= { message: signal.message, code: signal.code };
      signal.card ??= card.id;
      signal.flow ??= this.flow.name;
      return signal;
    }
    const failure =
      signal instanceof CardFailure
        ? signal
        : new CardFailure({ message: (signal as Error)?.message ?? String(signal), code: "CARD_ERROR" });
    // A card computing from a secret may quote it, even in part, when it fails: its own error is tainted whole.
    if (failure.error.card === undefined && context.taint?.tainted) this.run.taint.absorb(failure.error);
    failure.error.card ??= card.id;
    failure.error.flow ??= this.flow.name;
    failure.error.execution ??= this.run.executionId;
    entry.error = { message: failure.error.message, code: failure.error.code };
    return failure;
  }

  /** The values of bindings by key; with secrets in the run, each key bound to a tainted value is marked. */
  resolveAll(keys: string[], bindings: Binding[], context: Context): Record<string, unknown> {
    const values: Record<string, unknown> = {};
    for (let index = 0; index < keys.length; index++) values[keys[index]] = this.resolve(bindings[index], context);
    const { taint } = this.run;
    if (taint.active) {
      for (let index = 0; index < keys.length; index++) {
        if (this.boundToTaint(bindings[index], values[keys[index]])) taint.markKey(values, keys[index]);
      }
    }
    return values;
  }

  /** Whether a binding's value is tainted: a secret, or read from a tainted object, record key or value. */
  private boundToTaint(binding: Binding, value: unknown): boolean {
    const { taint } = this.run;
    if (binding.kind === "literal") return false;
    if (binding.kind !== "ref") return taint.isSecretText(value);
    let container: unknown = binding.card === EVENT_CARD_ID ? this.inputs : this.values.get(binding.card);
    for (const segment of binding.path) {
      if (container === null || typeof container !== "object") return false;
      if (taint.taintedKey(container, segment)) return true;
      container = (container as Record<string, unknown>)[segment];
    }
    return taint.holds(container);
  }

  private resolve(binding: Binding, context: Context): unknown {
    switch (binding.kind) {
      case "literal":
        return binding.value;
      case "ref": {
        let value: unknown = binding.card === EVENT_CARD_ID ? this.inputs : this.values.get(binding.card);
        for (const segment of binding.path) {
          if (value === null || typeof value !== "object") return undefined;
          value = (value as Record<string, unknown>)[segment];
        }
        return value;
      }
      case "tenantVar": {
        const value = this.run.context.tenantVariables[binding.name];
        if (value === undefined) {
          context.fail(`Tenant variable "${binding.name}" has no value for this run`, {
            code: "MISSING_TENANT_VARIABLE",
          });
        }
        return value;
      }
      case "connectionParam": {
        const value = this.run.context.parameters[binding.name];
        if (value === undefined) {
          context.fail(`Connection parameter "${binding.name}" has no value for this run`, {
            code: "MISSING_PARAMETER",
          });
        }
        return value;
      }
    }
  }
}

/** What a card sees of the engine while it runs. */
class Context implements CardContext {
  private iterations = 0;
  /** How taint crosses this card; none in a run without secrets. */
  readonly taint: CardTaint | undefined;

  constructor(
    private readonly invocation: Invocation,
    readonly card: Card,
    private readonly entry: TraceEntry,
  ) {
    const { taint } = invocation.run;
    if (taint.active) this.taint = new CardTaint(taint, invocation.taintedScope > 0);
  }

  get flow(): Flow {
    return this.invocation.flow;
  }

  get options(): Record<string, unknown> {
    return this.card.options ?? {};
  }

  private block(blockId: string): Block | undefined {
    return this.card.blocks?.find((block) => block.id === blockId);
  }

  async runBlock(blockId: string, provided?: Record<string, unknown>): Promise<BlockOutcome> {
    const block = this.block(blockId);
    if (!block) return { results: {} };
    const tainted = this.taint?.tainted === true;
    if (provided) {
      this.taint?.made(provided);
      this.invocation.values.set(this.card.id, provided);
    }
    this.entry.children ??= [];
    if (tainted) {
      this.invocation.taintedScope += 1;
      this.invocation.run.hiddenBlocks.add(this.entry);
    }
    try {
      const pending = this.invocation.runSequence(block.cards, this.entry.children, blockId);
      if (pending) await pending;
    } finally {
      if (tainted) this.invocation.taintedScope -= 1;
    }
    const keys = Object.keys(block.results ?? {});
    const results = this.invocation.resolveAll(
      keys,
      keys.map((key) => block.results![key]),
      this,
    );
    this.taint?.controls(results);
    this.taint?.given(results);
    return { results };
  }

  async tryBlock(blockId: string, provided?: Record<string, unknown>) {
    try {
      return { ok: true as const, results: (await this.runBlock(blockId, provided)).results };
    } catch (signal) {
      if (!(signal instanceof CardFailure)) throw signal;
      // The error is a value the flow goes on with: what it quotes of a secret stays tainted, and a failure caused by
      // a tainted value taints what the card does next.
      this.invocation.run.taint.absorbEchoes(signal.error);
      this.taint?.met(signal.error);
      return { ok: false as const, error: signal.error as FlowError };
    }
  }

  blockInputs(blockId: string): Record<string, unknown> {
    const inputs = this.block(blockId)?.inputs ?? {};
    const keys = Object.keys(inputs);
    const values = this.invocation.resolveAll(
      keys,
      keys.map((key) => inputs[key]),
      this,
    );
    this.taint?.given(values);
    return values;
  }

  /** The called flow's invocation; a promise only while the flow is being loaded. */
  private prepareCall(name: string, inputs: Record<string, unknown>): Invocation | Promise<Invocation> {
    const { run, depth } = this.invocation;
    if (depth + 1 > run.limits.maxCallDepth) {
      throw new LimitExceeded(
        `Run stopped: flows called more than ${run.limits.maxCallDepth} deep (limit maxCallDepth), at flow "${name}"`,
        "LIMIT_CALL_DEPTH",
      );
    }
    const loaded = run.loadFlow(name);
    return loaded instanceof Promise
      ? loaded.then((flow) => this.invocationOf(name, flow, inputs))
      : this.invocationOf(name, loaded, inputs);
  }

  private invocationOf(name: string, flow: Flow | undefined, inputs: Record<string, unknown>): Invocation {
    const { run, depth } = this.invocation;
    if (!flow) return this.fail(`No flow named "${name}" in this project`, { code: "FLOW_NOT_FOUND" });
    const problems = inputProblems(flow, inputs);
    if (problems.length) {
      this.fail(`Flow "${name}": ${problems.map((problem) => problem.message).join("; ")}`, {
        code: "INVALID_INPUT",
        details: problems,
      });
    }
    return new Invocation(run, flow, inputs, depth + 1, this.taint?.scoped);
  }

  async callFlow(name: string, inputs: Record<string, unknown>): Promise<Record<string, unknown>> {
    this.taint?.made(inputs);
    const prepared = this.prepareCall(name, inputs);
    const callee = prepared instanceof Promise ? await prepared : prepared;
    const call: SubFlowTrace = { flow: name, trace: [] };
    this.entry.calls ??= [];
    if (this.entry.calls.length < MAX_TRACED_CALLS) this.entry.calls.push(call);
    else this.entry.callsOmitted = (this.entry.callsOmitted ?? 0) + 1;
    try {
      const returned = await callee.execute(call.trace);
      this.taint?.given(returned);
      return returned;
    } catch (signal) {
      if (signal instanceof CardFailure || signal instanceof LimitExceeded) {
        const error = signal instanceof CardFailure ? signal.error : signal;
        call.error = { message: error.message, code: error.code };
      }
      throw signal;
    }
  }

  callFlowAsync(name: string, inputs: Record<string, unknown>): void {
    this.taint?.made(inputs);
    // Async from the start: a call that cannot even begin fails in the log, not in the calling card.
    const started = (async () => (await this.prepareCall(name, inputs)).execute([]))();
    this.invocation.run.trackAsyncCall(started);
    started.catch((error: unknown) => {
      const { run } = this.invocation;
      const message = (error as Error)?.message ?? String(error);
      log.warn("flow.async_call_failed", {
        flow: name,
        execution: run.executionId,
        message: run.taint.redactor()(message),
      });
    });
  }

  async http(request: HttpRequest): Promise<StandardResponse> {
    const { run } = this.invocation;
    const client = run.options.http;
    if (!client) return this.fail("This run has no connection: HTTP cards need one", { code: "NO_CONNECTION" });
    const signal = this.invocation.run.abort;
    try {
      const response = await client.send(request, { signal, tainted: this.taint?.tainted === true });
      this.taint?.answered(response as unknown as Record<string, unknown>);
      if (client.obtainedSecrets) run.taint.addSecrets(client.obtainedSecrets);
      // Whatever the server sent back that echoes a secret (in any wire form) is tainted.
      run.taint.absorbEchoes(response);
      return response;
    } catch (error) {
      if (client.obtainedSecrets) run.taint.addSecrets(client.obtainedSecrets);
      if (signal.aborted) throw signal.reason;
      if (error instanceof RequestRefused) throw error;
      if (error instanceof HttpPreflightError) return this.fail(error.message, { code: "HTTP_PREFLIGHT" });
      return this.fail(`${request.method} ${request.url} failed: ${(error as Error)?.message ?? error}`, {
        code: "HTTP_ERROR",
      });
    }
  }

  returnFlow(outputs: Record<string, unknown>): never {
    this.taint?.made(outputs);
    throw new ReturnSignal(this.invocation, outputs);
  }

  stopSequence(): never {
    throw new StopSequenceSignal();
  }

  fail(message: string, options: { code?: string; statusCode?: number; details?: unknown } = {}): never {
    throw new CardFailure({
      message,
      code: options.code ?? "CARD_FAILED",
      ...(options.statusCode !== undefined && { statusCode: options.statusCode }),
      ...(options.details !== undefined && { details: options.details }),
    });
  }

  tick(bound?: "paginate"): void {
    const { run } = this.invocation;
    run.checkTime();
    if (bound === "paginate" && ++this.iterations > run.limits.maxPaginateIterations) {
      throw new LimitExceeded(
        `Run stopped: Paginate ran more than ${run.limits.maxPaginateIterations} iterations (limit maxPaginateIterations)`,
        "LIMIT_PAGINATE",
      );
    }
  }

  now(): Date {
    return new Date();
  }
}

function toFlowError(signal: unknown, flow: Flow, executionId: string): FlowError {
  const base =
    signal instanceof CardFailure
      ? signal.error
      : signal instanceof LimitExceeded
        ? { message: signal.message, code: signal.code, card: signal.card, flow: signal.flow }
        : signal instanceof RequestRefused
          ? { message: signal.message, code: REFUSED_CODE }
          : { message: (signal as Error)?.message ?? String(signal), code: "ENGINE_ERROR" };
  return { ...base, flow: base.flow ?? flow.name, execution: executionId };
}

/** The run's error, shown: a card's failure caused by a tainted value is redacted whole (it may quote the value). */
function sanitizeError(error: FlowError, sanitizer: Sanitizer, tainted: boolean): FlowError {
  const clean: FlowError = { ...error, message: tainted ? REDACTED : sanitizer.text(error.message) };
  if (clean.details !== undefined) clean.details = tainted ? REDACTED : sanitizer.value(clean.details);
  return clean;
}

type RunEnd = Pick<RunResult, "ok" | "outputs"> & { error?: FlowError; signal?: unknown };

/** The run's result, built at the end with every string the run tainted: what leaves it is sanitized. */
function finishRun(run: Run, trace: TraceEntry[], startedAt: Date, fields: RunEnd): RunResult {
  const { options } = run;
  const sanitizer = new Sanitizer(run.taint.values(), {
    traceBytes: run.limits.maxTraceBytes,
    sizes: run.sizes,
    tainted: run.taint,
    hiddenBlocks: run.hiddenBlocks,
  });
  // Properties written one by one: a literal that starts with a spread takes V8's slow path, once per run.
  const result: RunResult = {
    ok: fields.ok,
    outputs: options.revealOutputs ? fields.outputs : sanitizer.record(fields.outputs),
    inputs: sanitizer.record(options.inputs),
    trace: sanitizer.trace(trace),
    executionId: run.executionId,
    startedAt: startedAt.toISOString(),
    durationMs: Date.now() - startedAt.getTime(),
  };
  if (fields.error) {
    const { signal } = fields;
    result.error = sanitizeError(
      fields.error,
      sanitizer,
      signal instanceof CardFailure && run.taint.covers(signal.error),
    );
  }
  if (options.revealOutputs) {
    const { outputs } = fields;
    result.secretOutputs = Object.keys(outputs).filter(
      (name) => run.taint.taintedKey(outputs, name) || run.taint.holds(outputs[name]),
    );
  }
  return result;
}

/** Runs a flow with inputs; never throws for anything a flow or its inputs can do wrong. */
export async function runFlow(options: RunOptions): Promise<RunResult> {
  const executionId = options.executionId ?? globalThis.crypto.randomUUID();
  const startedAt = new Date();
  const run = new Run(options, executionId);
  const { flow, inputs } = options;
  const trace: TraceEntry[] = [];
  const finish = (fields: RunEnd) => finishRun(run, trace, startedAt, fields);

  const problems = inputProblems(flow, inputs);
  if (problems.length) {
    const message = `Flow "${flow.name}": ${problems.map((problem) => problem.message).join("; ")}`;
    return finish({
      ok: false,
      outputs: {},
      error: { message, code: "INVALID_INPUT", flow: flow.name, execution: executionId, details: problems },
    });
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  const wallTime = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const exceeded = run.wallTimeExceeded();
      run.abort.abort(exceeded);
      reject(exceeded);
    }, run.limits.wallTimeMs);
  });
  try {
    const outputs = await Promise.race([new Invocation(run, flow, inputs, 0).execute(trace), wallTime]);
    return finish({ ok: true, outputs });
  } catch (signal) {
    return finish({ ok: false, outputs: {}, error: toFlowError(signal, flow, executionId), signal });
  } finally {
    // The wall time still aborts what Call Flow Async started: its timer ends only with the last of those calls.
    run.afterAsyncCalls(() => clearTimeout(timer));
  }
}
