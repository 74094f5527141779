// One walk over the whole document: every `$ref` must point inside it, and at something that exists.
import type { ProblemDetail } from "../errors";
import { formatPointer } from "../validation/pointer";
import { resolveInternalRef } from "./pointer";

const MAX_REPORTED = 20;

/** Maps whose keys are user-chosen names, so a key like `default` or `example` there is a name, not a literal. */
const NAME_MAPS = new Set([
  "properties",
  "patternProperties",
  "$defs",
  "definitions",
  "dependentSchemas",
  "schemas",
  "responses",
  "parameters",
  "examples",
  "requestBodies",
  "headers",
  "securitySchemes",
  "links",
  "callbacks",
  "pathItems",
  "webhooks",
  "paths",
  "content",
  "encoding",
  "variables",
  "mapping",
  "scopes",
  "mediaTypes",
]);
/** Keywords whose value is literal data (may legitimately contain a `$ref` key that is not a reference). */
const LITERAL_KEYS = new Set(["example", "default", "enum", "const"]);

interface Frame {
  value: unknown;
  key: string | number | undefined;
  parent: Frame | undefined;
}

interface RefSite {
  ref: string;
  frame: Frame;
}

export function checkRefs(document: unknown, file?: string): ProblemDetail[] {
  const { refs, ids, anchors } = collect(document);
  const problems: ProblemDetail[] = [];
  const resolved = new Map<string, boolean>();
  for (const { ref, frame } of refs) {
    const problem = refProblem(document, ref, ids, anchors, resolved);
    if (!problem) continue;
    problems.push({ message: problem, location: { file, pointer: `${pointerTo(frame)}/$ref` } });
  }
  if (problems.length <= MAX_REPORTED) return problems;
  return [
    ...problems.slice(0, MAX_REPORTED),
    { message: `${problems.length - MAX_REPORTED} more unresolvable $refs not listed`, location: { file } },
  ];
}

/**
 * A `$ref` whose chain of targets only ever leads to other `$ref`s and back (`A` → `B` → `A`) never reaches a
 * definition: each one on such a loop gets a warning at its pointer.
 */
export function refCycleWarnings(document: unknown, file?: string): ProblemDetail[] {
  const warnings: ProblemDetail[] = [];
  for (const { ref, frame } of collect(document).refs) {
    const chain = [ref];
    let target = resolveInternalRef(document, ref);
    while (isRefObject(target) && !chain.includes(target.$ref)) {
      chain.push(target.$ref);
      target = resolveInternalRef(document, target.$ref);
    }
    // Only the members of the loop are warned about, not every $ref that leads into it.
    if (!isRefObject(target) || target.$ref !== ref || target !== frame.value) continue;
    warnings.push({
      message: `$ref cycle ${[...chain, ref].join(" → ")}: these schemas only refer to each other and never define anything`,
      location: { file, pointer: `${pointerTo(frame)}/$ref` },
    });
    if (warnings.length >= MAX_REPORTED) break;
  }
  return warnings;
}

function isRefObject(value: unknown): value is { $ref: string } {
  return typeof value === "object" && value !== null && typeof (value as { $ref?: unknown }).$ref === "string";
}

function refProblem(
  document: unknown,
  ref: string,
  ids: Set<string>,
  anchors: Set<string>,
  resolved: Map<string, boolean>,
): string | undefined {
  const hash = ref.indexOf("#");
  const base = hash === -1 ? ref : ref.slice(0, hash);
  const fragment = hash === -1 ? "" : ref.slice(hash);
  if (base !== "" && !ids.has(base)) {
    return `external $ref "${ref}" is not supported: the spec must be a single self-contained file (bundle it first)`;
  }
  if (base !== "") return undefined; // names an embedded schema by its $id
  if (fragment !== "#" && !fragment.startsWith("#/")) {
    return anchors.has(fragment.slice(1)) ? undefined : `$ref "${ref}" names an anchor that does not exist`;
  }
  let found = resolved.get(ref);
  if (found === undefined) {
    found = resolveInternalRef(document, ref) !== undefined;
    resolved.set(ref, found);
  }
  return found ? undefined : `$ref "${ref}" points to nothing: ${fragment} does not exist in this document`;
}

function collect(document: unknown) {
  const refs: RefSite[] = [];
  const ids = new Set<string>();
  const anchors = new Set<string>();
  const stack: Frame[] = [{ value: document, key: undefined, parent: undefined }];
  while (stack.length) {
    const frame = stack.pop()!;
    const value = frame.value;
    if (typeof value !== "object" || value === null) continue;
    if (Array.isArray(value)) {
      if (frame.key === "examples") continue; // JSON Schema `examples`: literal values
      for (let i = 0; i < value.length; i++) stack.push({ value: value[i], key: i, parent: frame });
      continue;
    }
    const record = value as Record<string, unknown>;
    if (typeof record.$ref === "string") refs.push({ ref: record.$ref, frame });
    if (typeof record.$id === "string") ids.add(record.$id.split("#")[0]);
    if (typeof record.$anchor === "string") anchors.add(record.$anchor);
    if (typeof record.$dynamicAnchor === "string") anchors.add(record.$dynamicAnchor);
    const namesHere = typeof frame.key === "string" && NAME_MAPS.has(frame.key);
    const isExampleObject = frame.parent?.key === "examples" && !Array.isArray(frame.parent.value);
    for (const key in record) {
      if (!namesHere && LITERAL_KEYS.has(key)) continue;
      if (isExampleObject && key === "value") continue;
      stack.push({ value: record[key], key, parent: frame });
    }
  }
  return { refs, ids, anchors };
}

function pointerTo(frame: Frame): string {
  const segments: (string | number)[] = [];
  for (let current: Frame | undefined = frame; current?.key !== undefined; current = current.parent) {
    segments.push(current.key);
  }
  return formatPointer(segments.reverse());
}
