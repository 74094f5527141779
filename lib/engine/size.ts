// The size of a value's JSON, measured without expanding it: a value referenced many times (a DAG of objects built
// from each other) is walked once and counted as often as it appears; counting stops once past the limit.

/**
 * The value's JSON size in bytes (strings by length), or a number over `limit` as soon as it is known to exceed it.
 * `known` carries sizes between calls: cards never change a value they received, so an object's size stays valid for
 * the whole run and each card pays only for the objects it created.
 */
export function jsonSize(value: unknown, limit: number, known: WeakMap<object, number> = new WeakMap()): number {
  return measure(value, limit, known, new Set());
}

// A module function, not a closure made per call: this runs for every value of every card.
function measure(item: unknown, limit: number, known: WeakMap<object, number>, inProgress: Set<object>): number {
  if (typeof item === "string") return item.length + 2;
  if (item === null || typeof item !== "object") return 8;
  const cached = known.get(item);
  if (cached !== undefined) return cached;
  // An object met again while still being measured is a cycle: its JSON has no end.
  if (inProgress.has(item)) return Number.POSITIVE_INFINITY;
  inProgress.add(item);
  let size = 2;
  if (Array.isArray(item)) {
    for (let index = 0; index < item.length && size <= limit; index++)
      size += measure(item[index], limit, known, inProgress) + 1;
  } else {
    for (const key in item) {
      size += key.length + 4 + measure((item as Record<string, unknown>)[key], limit, known, inProgress);
      if (size > limit) break;
    }
  }
  inProgress.delete(item);
  known.set(item, size);
  return size;
}
