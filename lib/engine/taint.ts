// Secrets as tainted values. A run's taint knows, by position, every value computed from a secret:
// - texts: every secret of the connection in its wire forms and every secret obtained while running (OAuth tokens,
//   dynamic API keys), as given and at any length; strings that echo one (a server reflecting a header);
// - objects and lists computed from a tainted value (every value in them is tainted, whatever its type);
// - slots: a key of a record (a card's inputs or outputs, a block's results, a flow's inputs or outputs) holding a
//   tainted value, so a character, a number or a flag computed from a secret is tainted however short it is.
// What the run shows or stores is redacted by position and by text; cards and the HTTP layer keep the real values.
import { MIN_SECRET_LENGTH, secretForms, secretMatcher, secretRedactor } from "../secrets/redact";

const MAX_DEPTH = 64;
const NOTHING: ReadonlySet<unknown> = new Set();
// A connection's secrets in their wire forms, computed once per list of secrets (a cached connection's own list,
// again when it grew): they live as long as that connection does.
const connectionForms = new WeakMap<readonly string[], { count: number; forms: string[] }>();

function wireForms(secretValues: readonly string[]): string[] {
  const known = connectionForms.get(secretValues);
  if (known?.count === secretValues.length) return known.forms;
  const forms = secretValues.flatMap(secretForms);
  connectionForms.set(secretValues, { count: secretValues.length, forms });
  return forms;
}

/** What a sanitizer asks of a run's taint: which objects and which record keys hold values computed from a secret. */
export interface TaintedPositions {
  covers(value: object): boolean;
  taintedKey(record: object, key: string): boolean;
}

export class Taint implements TaintedPositions {
  /** Tainted texts long enough to be looked for inside other texts. */
  private readonly strings = new Set<string>();
  /** Secrets as given, at any length: a binding to one is tainted. */
  private readonly secrets = new Set<string>();
  /** Objects known to hold a tainted value, and objects known not to (each walked once). */
  private readonly holding = new Set<object>();
  private readonly clean = new Set<object>();
  /** Objects computed from a tainted value: everything in them is tainted. */
  private readonly absorbed = new Set<object>();
  /** Keys of records that hold a tainted value. */
  private readonly keys = new Map<object, Set<string>>();
  private echoes: ((text: string) => boolean) | undefined;

  constructor(secretValues: readonly string[]) {
    for (const value of secretValues) if (value.length > 0) this.secrets.add(value);
    for (const form of wireForms(secretValues)) this.add(form);
  }

  /** Whether anything is tainted: a run without secrets skips every check. */
  get active(): boolean {
    return this.secrets.size > 0 || this.strings.size > 0;
  }

  addSecrets(values: Iterable<string>): void {
    for (const value of values) {
      if (value.length > 0) this.secrets.add(value);
      for (const form of secretForms(value)) this.add(form);
    }
  }

  private add(text: string): void {
    if (text.length < MIN_SECRET_LENGTH || this.strings.has(text)) return;
    this.strings.add(text);
    this.echoes = undefined;
  }

  /** Whether a text is a secret or a tainted text (a binding to a connection parameter or tenant variable). */
  isSecretText(value: unknown): boolean {
    return typeof value === "string" && (this.secrets.has(value) || this.strings.has(value));
  }

  covers(value: object): boolean {
    return this.absorbed.has(value);
  }

  taintedKey(record: object, key: string): boolean {
    return this.absorbed.has(record) || this.keys.get(record)?.has(key) === true;
  }

  /** Marks a record's key as holding a tainted value (an input bound to one: the value stays as tainted as it is). */
  markKey(record: object, key: string): void {
    const keys = this.keys.get(record);
    if (keys) keys.add(key);
    else this.keys.set(record, new Set([key]));
    this.clean.delete(record);
    this.holding.add(record);
  }

  /** Marks a record's key as holding a value computed from a tainted one, and taints that value whole. */
  taintKey(record: object, key: string, untainted: ReadonlySet<unknown> = NOTHING): void {
    this.markKey(record, key);
    this.absorb((record as Record<string, unknown>)[key], untainted);
  }

  /** Whether a value is, or holds, a tainted value. */
  holds(value: unknown, depth = 0): boolean {
    if (typeof value === "string") return this.strings.has(value) || this.secrets.has(value);
    if (value === null || typeof value !== "object" || depth > MAX_DEPTH) return false;
    if (this.holding.has(value)) return true;
    if (this.clean.has(value)) return false;
    let found = false;
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length && !found; index++) found = this.holds(value[index], depth + 1);
    } else {
      for (const key in value) {
        if (this.holds((value as Record<string, unknown>)[key], depth + 1)) {
          found = true;
          break;
        }
      }
    }
    (found ? this.holding : this.clean).add(value);
    return found;
  }

  /**
   * Taints a value computed from a tainted one: every object in it whole, except the objects it passes through of
   * `untainted` values (a card's untainted inputs, by identity); its strings are looked for in texts too, but for
   * the untainted ones (a literal put in an object next to a secret is not redacted from every text).
   */
  absorb(value: unknown, untainted: ReadonlySet<unknown> = NOTHING, depth = 0): void {
    if (typeof value === "string" && !untainted.has(value)) this.add(value);
    if (value === null || typeof value !== "object" || depth > MAX_DEPTH) return;
    if (untainted.has(value) || this.absorbed.has(value)) return;
    this.absorbed.add(value);
    this.clean.delete(value);
    this.holding.add(value);
    if (Array.isArray(value)) for (const item of value) this.absorb(item, untainted, depth + 1);
    else for (const key in value) this.absorb((value as Record<string, unknown>)[key], untainted, depth + 1);
  }

  /** Taints every string in a value that contains a tainted string (what a server sent back, an error message). */
  absorbEchoes(value: unknown): void {
    if (this.strings.size === 0) return;
    this.echoes ??= secretMatcher(this.strings);
    const echoes = this.echoes!;
    const found: string[] = [];
    const walk = (item: unknown, depth: number): void => {
      if (typeof item === "string") {
        if (echoes(item)) found.push(item);
      } else if (item !== null && typeof item === "object" && depth <= MAX_DEPTH) {
        if (Array.isArray(item)) for (const entry of item) walk(entry, depth + 1);
        else for (const key in item) walk((item as Record<string, unknown>)[key], depth + 1);
      }
    };
    walk(value, 0);
    for (const text of found) this.add(text);
  }

  /** Replaces every tainted string in a text. */
  redactor(): (text: string) => string {
    return secretRedactor(this.strings);
  }

  /** The tainted strings, for a sanitizer. */
  values(): string[] {
    return [...this.strings];
  }
}
