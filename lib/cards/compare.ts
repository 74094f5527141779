// The comparisons of If/Else, Continue If, List Filter... Type-sensitive as in Workflows:
// numbers compare numerically (80 > 9), texts lexicographically ("80" < "9").

export const COMPARISONS = [
  "equal",
  "equal ignoring case",
  "not equal",
  "greater",
  "less",
  "greater or equal",
  "less or equal",
  "contains",
  "contains ignoring case",
  "does not contain",
  "starts with",
  "ends with",
  "is empty",
  "is not empty",
  "is true",
  "is false",
] as const;
export type Comparison = (typeof COMPARISONS)[number];

export const isComparison = (value: unknown): value is Comparison =>
  typeof value === "string" && (COMPARISONS as readonly string[]).includes(value);

export function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === "") return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === "object") return Object.keys(value).length === 0;
  return false;
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  if (keysA.length !== Object.keys(b).length) return false;
  return keysA.every((key) => deepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/** Orders two values: numbers numerically, booleans false < true, everything else as text. */
export function order(a: unknown, b: unknown): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "boolean" && typeof b === "boolean") return Number(a) - Number(b);
  const textA = toText(a);
  const textB = toText(b);
  return textA < textB ? -1 : textA > textB ? 1 : 0;
}

function toText(value: unknown): string {
  if (typeof value === "string") return value;
  if (value === undefined || value === null) return "";
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

function contains(container: unknown, item: unknown): boolean {
  if (typeof container === "string") return container.includes(toText(item));
  if (Array.isArray(container)) return container.some((entry) => deepEqual(entry, item));
  if (container && typeof container === "object") return Object.hasOwn(container, toText(item));
  return false;
}

export function compare(a: unknown, comparison: Comparison, b: unknown): boolean {
  switch (comparison) {
    case "equal":
      return deepEqual(a, b);
    case "equal ignoring case":
      // Logins and emails match whatever their case (an API's own operator may not).
      return typeof a === "string" && typeof b === "string" ? a.toLowerCase() === b.toLowerCase() : deepEqual(a, b);
    case "not equal":
      return !deepEqual(a, b);
    case "greater":
      return order(a, b) > 0;
    case "less":
      return order(a, b) < 0;
    case "greater or equal":
      return order(a, b) >= 0;
    case "less or equal":
      return order(a, b) <= 0;
    case "contains":
      return contains(a, b);
    case "contains ignoring case":
      return typeof a === "string" ? a.toLowerCase().includes(toText(b).toLowerCase()) : contains(a, b);
    case "does not contain":
      return !contains(a, b);
    case "starts with":
      return toText(a).startsWith(toText(b));
    case "ends with":
      return toText(a).endsWith(toText(b));
    case "is empty":
      return isEmpty(a);
    case "is not empty":
      return !isEmpty(a);
    case "is true":
      return a === true;
    case "is false":
      return a === false;
  }
}
