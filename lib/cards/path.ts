// Dotted paths into objects and lists ("user.emails.0.value"), as Object Get / Set and List Pluck take them.

export function parsePath(path: string | string[]): string[] {
  if (Array.isArray(path)) return path;
  return path === "" ? [] : path.split(".");
}

export function getPath(value: unknown, path: readonly string[]): unknown {
  let current = value;
  for (const segment of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

/** Returns a copy with `value` at `path`; containers along the path are copied, the rest shared. */
export function setPath(target: unknown, path: readonly string[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (Array.isArray(target)) {
    const copy = target.slice();
    copy[Number(head)] = setPath(copy[Number(head)], rest, value);
    return copy;
  }
  const base = target !== null && typeof target === "object" ? (target as Record<string, unknown>) : {};
  return { ...base, [head]: setPath(base[head], rest, value) };
}
