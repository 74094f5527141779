// Turns uploaded text into a plain object: JSON or YAML, told apart by content, errors with line/column.
import { parseDocument } from "yaml";
import type { ProblemDetail } from "../errors";

export type ParsedText =
  | { ok: true; format: "json" | "yaml"; document: unknown }
  | { ok: false; errors: ProblemDetail[] };

export function parseSpecText(text: string, file?: string): ParsedText {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === "") return failure("the file is empty: expected an OpenAPI 3.x document", { file });
  const looksLikeJson = /^\s*[{[]/.test(body);
  return looksLikeJson ? parseJsonText(body, file) : parseYaml(body, file);
}

/** Parses JSON text (any JSON document, not only specs); a syntax error says its line and column. */
export function parseJsonText(text: string, file?: string): ParsedText {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, format: "json", document: JSON.parse(body) };
  } catch (error) {
    return jsonFailure(body, (error as Error).message, file);
  }
}

const MAX_ALIAS_COUNT = 10_000;

function parseYaml(text: string, file?: string): ParsedText {
  // Specs are data: no custom tags, YAML 1.2 core types, alias expansion capped against "billion laughs".
  const doc = parseDocument(text, { prettyErrors: true });
  const first = doc.errors[0];
  if (first) {
    const position = first.linePos?.[0];
    const message = `invalid YAML at line ${position?.line ?? "?"}, column ${position?.col ?? "?"}: ${firstLine(first.message)}`;
    return failure(message, { file, line: position?.line, column: position?.col });
  }
  let document: unknown;
  try {
    document = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    return failure(
      `the YAML's aliases expand more than ${MAX_ALIAS_COUNT.toLocaleString("en")} times (a "billion laughs" document): refused`,
      { file },
    );
  }
  if (document === null || document === undefined)
    return failure("the file is empty: expected an OpenAPI 3.x document", { file });
  return { ok: true, format: "yaml", document };
}

/** V8 (Node 20) names an offset for some JSON errors only; otherwise we find the shortest failing prefix. */
function jsonFailure(text: string, reason: string, file?: string): ParsedText {
  const named = /at position (\d+)/.exec(reason)?.[1];
  const offset = named !== undefined ? Number(named) : firstBadOffset(text);
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  const column = offset - before.lastIndexOf("\n");
  const cleanReason = reason.replace(/,\s*(?:\.\.\.)?".*$/s, "").replace(/\s*(?:in JSON )?at position \d+.*$/s, "");
  return failure(`invalid JSON at line ${line}, column ${column}: ${firstLine(cleanReason)}`, { file, line, column });
}

/** Binary search: a prefix that only fails because it ends early is fine; the first real failure marks the spot. */
function firstBadOffset(text: string): number {
  let good = 0;
  let bad = text.length;
  while (bad - good > 1) {
    const middle = (good + bad) >> 1;
    if (failsBeforeEnd(text.slice(0, middle))) bad = middle;
    else good = middle;
  }
  return bad - 1;
}

function failsBeforeEnd(prefix: string): boolean {
  try {
    JSON.parse(prefix);
    return false;
  } catch (error) {
    const message = (error as Error).message;
    if (message.includes("end of JSON input")) return false;
    const position = /at position (\d+)/.exec(message)?.[1];
    return position === undefined || Number(position) < prefix.length;
  }
}

/** The parser's first line, without the position it repeats (we give it separately). */
const firstLine = (message: string) =>
  message
    .split("\n")[0]
    .replace(/\s*at line \d+, column \d+:?\s*$/, "")
    .trim();

const failure = (message: string, location: ProblemDetail["location"]): ParsedText => ({
  ok: false,
  errors: [{ message, location }],
});
