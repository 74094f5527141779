// What leaves a run (trace, result, stored execution) never holds a secret and never a huge value:
// secret values, values computed from one (by position: a tainted object or list whole, a tainted record key's value,
// whatever its type or length) and values under secret-looking keys are redacted; a value over the cap becomes a
// marked preview.
// A run's values are never changed once made and are shared between cards, so each object is cleaned once and kept
// as it is when nothing in it needs redacting.
import type { SubFlowTrace, TraceEntry, TruncatedValue } from "./types";
import { REDACTED, isSecretEntry, secretRedactor } from "../secrets/redact";
import { formatBytes } from "../bytes";
import { jsonSize } from "./size";
import type { TaintedPositions } from "./taint";

const NO_POSITIONS: TaintedPositions = { covers: () => false, taintedKey: () => false };

const VALUE_CAP_BYTES = 16 * 1024;
const PREVIEW_CHARS = 1024;

export class Sanitizer {
  private readonly secrets: string[];
  private readonly redactSecrets: (text: string) => string;
  private readonly cap: number;
  private readonly traceBytes: number;
  /** What the trace's values may still take before they are left out. */
  private traceLeft: number;
  /** JSON sizes known so far (the run's, passed in), and the clean form of each object met. */
  private readonly sizes: Map<object, number>;
  private readonly cleaned = new Map<object, unknown>();
  private readonly tainted: TaintedPositions;
  private readonly hiddenBlocks: ReadonlySet<TraceEntry>;

  constructor(
    secretValues: readonly string[],
    options: {
      cap?: number;
      traceBytes?: number;
      sizes?: Map<object, number>;
      tainted?: TaintedPositions;
      /** Trace entries whose blocks' cards are left out: they ran because of a tainted value. */
      hiddenBlocks?: ReadonlySet<TraceEntry>;
    } = {},
  ) {
    this.tainted = options.tainted ?? NO_POSITIONS;
    this.hiddenBlocks = options.hiddenBlocks ?? new Set();
    // Longest first, so a secret that contains another is replaced whole.
    this.secrets = secretValues.filter((value) => value.length >= 4).sort((a, b) => b.length - a.length);
    this.redactSecrets = secretRedactor(this.secrets);
    this.cap = options.cap ?? VALUE_CAP_BYTES;
    this.traceBytes = options.traceBytes ?? Number.POSITIVE_INFINITY;
    this.traceLeft = this.traceBytes;
    this.sizes = options.sizes ?? new Map();
  }

  text(value: string): string {
    return this.redactSecrets(value);
  }

  /** A redacted copy, or a truncation marker when the value's JSON exceeds the cap. */
  value(value: unknown): unknown {
    if (value !== null && typeof value === "object" && this.tainted.covers(value)) return REDACTED;
    if (jsonSize(value, this.cap, this.sizes) > this.cap) {
      // Redact before cutting, so no secret straddling the cut leaves a prefix behind.
      const margin = this.secrets[0]?.length ?? 0;
      const text = this.text(preview(value, PREVIEW_CHARS + margin));
      const truncated: TruncatedValue = {
        $truncated: true,
        bytes: this.cap + 1,
        preview: text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS)}…` : text,
      };
      return truncated;
    }
    return this.redact(value, 0);
  }

  /** A record's keys are names (a card's outputs, a flow's): each value computed from a secret is redacted alone. */
  record(values: Record<string, unknown>): Record<string, unknown> {
    if (!this.tainted.covers(values)) return this.redact(values, 0) as Record<string, unknown>;
    const clean: Record<string, unknown> = {};
    for (const key in values) clean[this.key(key)] = REDACTED;
    return clean;
  }

  trace(entries: TraceEntry[]): TraceEntry[] {
    return entries.map((entry) => this.entry(entry));
  }

  private entry(entry: TraceEntry): TraceEntry {
    const clean: TraceEntry = { ...entry };
    if (entry.inputs) clean.inputs = this.fields(entry.inputs);
    if (entry.outputs) clean.outputs = this.fields(entry.outputs);
    if (entry.error) clean.error = { message: this.text(entry.error.message), code: entry.error.code };
    if (entry.children) clean.children = this.hiddenBlocks.has(entry) ? [] : this.trace(entry.children);
    if (entry.calls) {
      clean.calls = entry.calls.map((call) => {
        const cleanCall: SubFlowTrace = { flow: call.flow, trace: this.trace(call.trace) };
        if (call.error) cleanCall.error = { message: this.text(call.error.message), code: call.error.code };
        return cleanCall;
      });
    }
    return clean;
  }

  private fields(values: Record<string, unknown>): Record<string, unknown> {
    const clean: Record<string, unknown> = {};
    for (const key in values) {
      const value =
        isSecretEntry(key, values[key]) || this.tainted.taintedKey(values, key) ? REDACTED : this.value(values[key]);
      this.traceLeft -= jsonSize(value, Math.max(this.traceLeft, 0), this.sizes);
      clean[this.key(key)] = this.traceLeft >= 0 ? value : this.omitted();
    }
    return clean;
  }

  private omitted(): TruncatedValue {
    return {
      $truncated: true,
      bytes: 0,
      preview: `(left out: the trace's values are over ${formatBytes(this.traceBytes)}, limit maxTraceBytes)`,
    };
  }

  /** The value with secrets redacted: the value itself when it holds none, else a copy. */
  private redact(value: unknown, depth: number): unknown {
    if (typeof value === "string") return this.secrets.length ? this.text(value) : value;
    if (value === null || typeof value !== "object" || depth > 64) return value;
    if (this.tainted.covers(value)) return REDACTED;
    const known = this.cleaned.get(value);
    if (known !== undefined) return known;
    const clean = Array.isArray(value) ? this.redactItems(value, depth) : this.redactEntries(value, depth);
    this.cleaned.set(value, clean);
    return clean;
  }

  private redactItems(items: unknown[], depth: number): unknown[] {
    let copy: unknown[] | undefined;
    for (let index = 0; index < items.length; index++) {
      const clean = this.redact(items[index], depth + 1);
      if (clean === items[index]) continue;
      copy ??= items.slice();
      copy[index] = clean;
    }
    return copy ?? items;
  }

  private redactEntries(value: object, depth: number): object {
    let changed = false;
    const clean: Record<string, unknown> = {};
    for (const key in value) {
      const item = (value as Record<string, unknown>)[key];
      const cleanKey = this.key(key);
      const cleanItem =
        isSecretEntry(key, item) || this.tainted.taintedKey(value, key) ? REDACTED : this.redact(item, depth + 1);
      clean[cleanKey] = cleanItem;
      changed ||= cleanKey !== key || cleanItem !== item;
    }
    return changed ? clean : value;
  }

  /** A key can be computed from a secret too (e.g. JSON parsed from a text that holds one). */
  private key(key: string): string {
    return this.secrets.length ? this.text(key) : key;
  }
}

/** The start of the value's JSON (secret-looking keys redacted), built only to about `limit` characters. */
function preview(value: unknown, limit: number): string {
  let out = "";
  const write = (item: unknown): boolean => {
    if (out.length > limit) return false;
    if (item === null || typeof item !== "object") {
      out += JSON.stringify(typeof item === "string" ? item.slice(0, limit) : item) ?? "null";
      return true;
    }
    if (Array.isArray(item)) {
      out += "[";
      for (let index = 0; index < item.length; index++) {
        if (index > 0) out += ",";
        if (!write(item[index])) return false;
      }
      out += "]";
      return true;
    }
    out += "{";
    let first = true;
    for (const key in item) {
      if (!first) out += ",";
      first = false;
      out += `${JSON.stringify(key)}:`;
      const entry = (item as Record<string, unknown>)[key];
      if (!write(isSecretEntry(key, entry) ? REDACTED : entry)) return false;
    }
    out += "}";
    return true;
  };
  write(value);
  return out;
}
