// Which manifest entry a request to a route handler is: its method, and the pattern whose literal segments its path
// repeats and whose [param] segments hold the params Next.js matched (so a literal beats a param, as in Next.js).
import { AppError, notFound } from "../errors";
import { ROUTE_MANIFEST, type RouteKey, routeOf } from "./manifest";

/** A path segment as sent and decoded; a malformed escape is kept as sent (the id then names nothing: a 404). */
function segmentForms(segment: string): string[] {
  try {
    return [segment, decodeURIComponent(segment)];
  } catch {
    return [segment];
  }
}

function fits(pattern: string, segments: string[], params: Record<string, string>): boolean {
  const parts = pattern.split("/");
  return (
    parts.length === segments.length &&
    parts.every((part, i) => {
      const name = /^\[(\w+)\]$/.exec(part)?.[1];
      if (!name) return part === segments[i];
      return params[name] !== undefined && segmentForms(segments[i]).includes(params[name]);
    })
  );
}

/** "." or "..", however escaped: a URL's path loses it (and the segment before it) when it is normalized. */
const isDotSegment = (value: string) => segmentForms(value).some((form) => form === "." || form === "..");

/**
 * The manifest key of a request with these params, or undefined when no entry describes it. A param that is a dot
 * segment names nothing (and is gone from the normalized path): a 404 naming it.
 */
export function routeKeyOf(method: string, pathname: string, params: Record<string, string>): RouteKey | undefined {
  const dot = Object.entries(params).find(([, value]) => isDotSegment(value));
  if (dot) throw notFound(`${dot[0]} "${dot[1]}"`);
  const segments = pathname.split("/");
  const wanted = method.toUpperCase();
  return (Object.keys(ROUTE_MANIFEST) as RouteKey[]).find((key) => {
    const route = routeOf(key);
    return route.method === wanted && fits(route.pattern, segments, params);
  });
}

/** The string params of a route (Next.js gives a catch-all's as an array, which no guarded route has). */
export function stringParams(params: unknown): Record<string, string> {
  return Object.fromEntries(
    Object.entries((params ?? {}) as Record<string, unknown>).filter(
      (entry): entry is [string, string] => typeof entry[1] === "string",
    ),
  );
}

/**
 * Refuses a path whose params hold a NUL character: no id or name can contain one (PostgreSQL's text cannot even
 * be compared with it), so it is bad input, named, before any lookup, on either database.
 */
export function refuseNulInParams(params: Record<string, string>): void {
  for (const [name, value] of Object.entries(params)) {
    if (value.includes("\u0000")) {
      throw new AppError(
        "invalid_input",
        `The path's ${name} contains a NUL character (\\u0000), which no ${name} has.`,
        [{ message: "contains a NUL character", location: { field: name } }],
      );
    }
  }
}
