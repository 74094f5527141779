// Secrets as tainted values. Per run, the set of tainted strings holds every secret of the connection in its wire
// forms, every secret obtained while running (OAuth tokens, dynamic API keys), every string a card produced from a
// tainted input, and every string that echoes a tainted one (a server reflecting a header, an error quoting a value).
// What the run shows or stores is redacted with the whole set; cards and the HTTP layer keep the real values.
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

export class Taint {
  private readonly strings = new Set<string>();
  /** Objects known to hold a tainted value, and objects known not to (each walked once). */
  private readonly holding = new Set<object>();
  private readonly clean = new Set<object>();
  /** Objects whose strings were all added (a card's outputs). */
  private readonly absorbed = new Set<object>();
  private echoes: ((text: string) => boolean) | undefined;

  constructor(secretValues: readonly string[]) {
    for (const form of wireForms(secretValues)) this.add(form);
  }

  /** Whether anything is tainted: a run without secrets skips every check. */
  get active(): boolean {
    return this.strings.size > 0;
  }

  addSecrets(values: Iterable<string>): void {
    for (const value of values) for (const form of secretForms(value)) this.add(form);
  }

  private add(text: string): void {
    if (text.length < MIN_SECRET_LENGTH || this.strings.has(text)) return;
    this.strings.add(text);
    this.echoes = undefined;
  }

  /** Whether a value is, or holds, a tainted string. */
  holds(value: unknown, depth = 0): boolean {
    if (typeof value === "string") return this.strings.has(value);
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
   * Taints every string in a value computed from a tainted one, except what it passes through of `untainted` values
   * (a card's untainted inputs, by identity for objects, by value for strings).
   */
  absorb(value: unknown, untainted: ReadonlySet<unknown> = NOTHING, depth = 0): void {
    if (untainted.has(value)) return;
    if (typeof value === "string") this.add(value);
    if (value === null || typeof value !== "object" || depth > MAX_DEPTH || this.absorbed.has(value)) return;
    this.absorbed.add(value);
    this.holding.add(value);
    if (Array.isArray(value)) for (const item of value) this.absorb(item, untainted, depth + 1);
    else for (const key in value) this.absorb((value as Record<string, unknown>)[key], untainted, depth + 1);
  }

  /** Taints every string in a value that contains a tainted string (what a server sent back, an error message). */
  absorbEchoes(value: unknown): void {
    if (!this.active) return;
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
