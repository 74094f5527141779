// The size of a value's JSON, measured without expanding it: a value referenced many times (a DAG of objects built
// from each other) is walked once and counted as often as it appears; counting stops once past the limit.

/** Deeper nesting counts as too large: no API sends it, and only a cycle (whose JSON has no end) reaches it. */
const MAX_DEPTH = 512;

/**
 * The value's JSON size in bytes (strings by length), or a number over `limit` as soon as it is known to exceed it.
 * `known` carries exact sizes between calls: cards never change a value they received, so an object's size stays
 * valid for the whole run and each card pays only for the objects it created.
 */
export function jsonSize(value: unknown, limit: number, known: Map<object, number> = new Map()): number {
  return measure(value, limit, known, 0);
}

// A module function, not a closure made per call: this runs for every value of every card.
function measure(item: unknown, limit: number, known: Map<object, number>, depth: number): number {
  if (typeof item === "string") return item.length + 2;
  if (item === null || typeof item !== "object") return 8;
  const cached = known.get(item);
  if (cached !== undefined) return cached;
  if (depth > MAX_DEPTH) return Number.POSITIVE_INFINITY;
  let size = 2;
  if (Array.isArray(item)) {
    for (let index = 0; index < item.length && size <= limit; index++)
      size += measure(item[index], limit, known, depth + 1) + 1;
  } else {
    for (const key in item) {
      size += key.length + 4 + measure((item as Record<string, unknown>)[key], limit, known, depth + 1);
      if (size > limit) break;
    }
  }
  // A count cut short at the limit is only a lower bound: kept, it would pass for the size under a higher limit.
  if (size <= limit) known.set(item, size);
  return size;
}
