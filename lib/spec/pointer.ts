// In-document refs: `#/a~1b/%7Bid%7D` style (a JSON pointer in a URI fragment).
import { valueAtPointer } from "../validation/pointer";

/** Looks up an in-document `#/...` ref; undefined when it points nowhere or is malformed. */
export function resolveInternalRef(document: unknown, ref: string): unknown {
  if (!ref.startsWith("#")) return undefined;
  try {
    return valueAtPointer(document, decodeURIComponent(ref.slice(1)));
  } catch {
    return undefined;
  }
}

const MAX_REF_HOPS = 16;

/** Follows a chain of `$ref`s (Reference Objects) to the object they name; stops on cycles or dead ends. */
export function followRefs<T = Record<string, unknown>>(document: unknown, value: unknown): T | undefined {
  let current = value;
  for (let hop = 0; hop < MAX_REF_HOPS; hop++) {
    if (!isObject(current)) return undefined;
    const ref = current.$ref;
    if (typeof ref !== "string") return current as T;
    current = resolveInternalRef(document, ref);
  }
  return undefined;
}

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
