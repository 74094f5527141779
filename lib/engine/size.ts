// The size of a value's JSON, measured without expanding it: a value referenced many times (a DAG of objects built
// from each other) is walked once and counted as often as it appears; counting stops once past the limit.

/** The value's JSON size in bytes (strings by length), or a number over `limit` as soon as it is known to exceed it. */
export function jsonSize(value: unknown, limit: number): number {
  const sizes = new Map<object, number>();
  const measure = (item: unknown): number => {
    if (typeof item === "string") return item.length + 2;
    if (item === null || typeof item !== "object") return 8;
    const known = sizes.get(item);
    // An object met again while still being measured is a cycle: its JSON has no end.
    if (known !== undefined) return known < 0 ? Number.POSITIVE_INFINITY : known;
    sizes.set(item, -1);
    let size = 2;
    if (Array.isArray(item)) {
      for (let index = 0; index < item.length && size <= limit; index++) size += measure(item[index]) + 1;
    } else {
      for (const key in item) {
        size += key.length + 4 + measure((item as Record<string, unknown>)[key]);
        if (size > limit) break;
      }
    }
    sizes.set(item, size);
    return size;
  };
  return measure(value);
}
