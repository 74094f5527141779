// Turns uploaded text into a plain object: JSON or YAML, told apart by content, errors with line/column. A large
// YAML text is parsed in a worker thread (YAML parsing is slow; JSON.parse is not).
import * as yaml from "yaml";
import type { ProblemDetail } from "../errors";
import { MAX_ALIAS_EXPANSION, MAX_YAML_ALIASES, type YamlData, yamlData } from "./yaml-data";
import { yamlDataInWorker } from "./yaml-worker";

export type ParsedText =
  | { ok: true; format: "json" | "yaml"; document: unknown }
  | { ok: false; errors: ProblemDetail[] };

/** YAML texts from this size on are parsed off the request thread. */
export const YAML_WORKER_BYTES = 32 * 1024;

export async function parseSpecText(text: string, file?: string): Promise<ParsedText> {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === "") return failure("the file is empty: expected an OpenAPI 3.x document", { file });
  if (/^\s*[{[]/.test(body)) return parseJsonText(body, file);
  const data =
    body.length >= YAML_WORKER_BYTES
      ? await yamlDataInWorker(body)
      : yamlData(yaml, body, MAX_YAML_ALIASES, MAX_ALIAS_EXPANSION);
  return yamlResult(data, file);
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

function yamlResult(data: YamlData, file?: string): ParsedText {
  if (!data.ok) return failure(data.message, { file, line: data.line, column: data.column });
  if (data.document === null || data.document === undefined)
    return failure("the file is empty: expected an OpenAPI 3.x document", { file });
  return { ok: true, format: "yaml", document: data.document };
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
