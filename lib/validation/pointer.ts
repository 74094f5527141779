// JSON pointers (RFC 6901): the one escape, format and parse of the product; lookups go through `jsonpointer`.
import jsonpointer from "jsonpointer";

export const escapePointerSegment = (segment: string | number) =>
  String(segment).replace(/~/g, "~0").replace(/\//g, "~1");

export const unescapePointerSegment = (segment: string) => segment.replace(/~1/g, "/").replace(/~0/g, "~");

/** `["paths", "/a/{id}", 0]` → `/paths/~1a~1{id}/0`. */
export const formatPointer = (segments: readonly (string | number)[]) =>
  segments.map((segment) => `/${escapePointerSegment(segment)}`).join("");

/** A pointer below `parent`: `childPointer("/server", "host")` → `/server/host`. */
export const childPointer = (parent: string, ...segments: (string | number)[]) => `${parent}${formatPointer(segments)}`;

/** The unescaped segments of a pointer; undefined when it is not one ("" is the whole document). */
export function parsePointer(pointer: string): string[] | undefined {
  if (pointer === "") return [];
  if (!pointer.startsWith("/")) return undefined;
  return pointer.slice(1).split("/").map(unescapePointerSegment);
}

/** The value a pointer names in a document; undefined when it names nothing or is malformed. */
export function valueAtPointer(document: unknown, pointer: string): unknown {
  if (pointer === "") return document;
  if (parsePointer(pointer) === undefined || typeof document !== "object" || document === null) return undefined;
  try {
    return jsonpointer.get(document, pointer);
  } catch {
    return undefined;
  }
}
