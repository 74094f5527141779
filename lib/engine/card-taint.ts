// How taint crosses a card, the same for every card of the catalog: when anything the card was given is tainted
// (an input, what a called flow returned, a block's results, a branch condition), every value the card makes is
// tainted (its outputs, a flow's outputs, a called flow's inputs, what a block is given), except what it passes on
// unchanged of untainted values. A card running inside a block chosen by a tainted value (or called from one) is
// tainted from the start and passes nothing on untainted: which card ran depends on the secret.
// A request is where a secret may go: what the server answers is not computed from what was sent (but the URL it
// repeats, and any text echoing a secret, which the run's taint finds by itself).
import type { Taint } from "./taint";

export class CardTaint {
  tainted: boolean;
  private readonly sources: Record<string, unknown>[] = [];
  /** What the card received from outside the run (a server's answer): passed on, it is not computed from a secret. */
  private readonly received: Record<string, unknown>[] = [];

  constructor(
    private readonly taint: Taint,
    /** Inside a block (or a flow) that runs because of a tainted value. */
    readonly scoped: boolean,
  ) {
    this.tainted = scoped;
  }

  /** A record the card was given: the card is tainted when it holds a tainted value. */
  given(record: Record<string, unknown>): void {
    this.sources.push(record);
    if (!this.tainted && this.taint.holds(record)) this.tainted = true;
  }

  /** A server's answer to the card's request: it repeats the request's URL, computed from what the card was given. */
  answered(response: Record<string, unknown>): void {
    if (this.tainted) this.taint.markKey(response, "url");
    this.received.push(response);
  }

  /** A value the card met on its way (a caught error): the card is tainted when it is. */
  met(value: unknown): void {
    if (!this.tainted && this.taint.holds(value)) this.tainted = true;
  }

  /** A record the card made: when the card is tainted, each key is, but for what passes through unchanged. */
  made(record: Record<string, unknown>): void {
    if (!this.tainted) return;
    const untainted = this.scoped ? undefined : this.untaintedValues();
    for (const key in record) {
      const value = record[key];
      if (untainted && this.passesThrough(key, value, untainted)) continue;
      this.taint.taintKey(record, key, untainted);
    }
  }

  /** A record whose every value depends on the card's taint (a block's results once the block ran tainted). */
  controls(record: Record<string, unknown>): void {
    if (!this.tainted) return;
    for (const key in record) this.taint.taintKey(record, key);
  }

  /**
   * An untainted object given (by identity), the untainted value given under the same key (Assign, Return, Call
   * Flow pass values on by name), or a value of the server's answer.
   */
  private passesThrough(key: string, value: unknown, untainted: ReadonlySet<unknown>): boolean {
    if (value !== null && typeof value === "object") return untainted.has(value);
    for (const source of this.sources) {
      if (Object.hasOwn(source, key) && source[key] === value && !this.taint.taintedKey(source, key)) {
        return !this.taint.holds(value);
      }
    }
    for (const response of this.received) {
      // A field the server's answer lacks is not computed from the secret either.
      if (value === undefined) return true;
      for (const name in response) {
        if (response[name] === value && !this.taint.taintedKey(response, name)) return !this.taint.holds(value);
      }
    }
    return false;
  }

  /** The objects (by identity) and texts (by value) the card was given untainted. */
  private untaintedValues(): Set<unknown> {
    const values = new Set<unknown>();
    for (const source of [...this.sources, ...this.received]) {
      for (const key in source) {
        const value = source[key];
        if (value === null || (typeof value !== "object" && typeof value !== "string")) continue;
        if (!this.taint.taintedKey(source, key) && !this.taint.holds(value)) values.add(value);
      }
    }
    return values;
  }
}
