// The one flow export file, written by the UI's Export, `ib flow export` and the export routes, and read by Import
// JSON, `ib flow import` and the import route: `{ "ib/format": 1, "ib/flows": [flow, ...] }`. Flows are written
// without their save counter (`version`). The reader also takes an envelope without "ib/format" (written before it
// existed) and a bare flow document.
import { AppError, invalid, type ProblemDetail } from "../errors";
import { nestedAt } from "../body";
import type { Flow } from "../flow/model";
import { parseFlow } from "../flow/schema";

export const FLOW_EXPORT_KEY = "ib/flows";
export const FLOW_EXPORT_FORMAT_KEY = "ib/format";
export const FLOW_EXPORT_FORMAT = 1;
export const MAX_FLOWS_PER_FILE = 500;

// "/" in a key is "~1" in a JSON pointer (RFC 6901).
const FLOWS_POINTER = "/ib~1flows";
const FORMAT_POINTER = "/ib~1format";

export type ExportedFlow = Omit<Flow, "version">;

export interface FlowExportFile {
  [FLOW_EXPORT_FORMAT_KEY]: typeof FLOW_EXPORT_FORMAT;
  [FLOW_EXPORT_KEY]: ExportedFlow[];
}

export function writeFlowExport(flows: Flow[]): FlowExportFile {
  return {
    [FLOW_EXPORT_FORMAT_KEY]: FLOW_EXPORT_FORMAT,
    [FLOW_EXPORT_KEY]: flows.map(({ version: _version, ...exported }) => exported),
  };
}

/** A file name for an export of `name` (a flow or a folder): letters, digits and a few marks kept. */
export function flowExportFileName(name: string): string {
  const safe = name.replace(/[^A-Za-z0-9 ._-]+/g, "_").trim() || "flows";
  return `${safe.slice(0, 100)}.flows.json`;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/** Where the `index`th flow of a file sits: under "ib/flows", or the whole document for a bare flow. */
export function flowPointer(input: unknown, index: number): string {
  return isObject(input) && FLOW_EXPORT_KEY in input ? `${FLOWS_POINTER}/${index}` : "";
}

/** The one flow a file holds, to save over a stored flow: a flow document, or an export file of exactly one flow. */
export function singleFlowDocument(input: unknown): unknown {
  if (!isObject(input) || !(FLOW_EXPORT_KEY in input)) return input;
  const entries = input[FLOW_EXPORT_KEY];
  if (!Array.isArray(entries) || entries.length !== 1)
    throw invalid('To save a flow, the file holds one flow ("ib/flows" with exactly one entry)', {
      pointer: FLOWS_POINTER,
    });
  return entries[0];
}

/** Each flow admitted as a new flow (version 1); every problem carries its pointer into the file. */
export function readFlowExport(input: unknown): Flow[] {
  if (!isObject(input))
    throw invalid('A flow file holds a JSON object: an export with "ib/flows" or one flow', { pointer: "" });
  if (!(FLOW_EXPORT_KEY in input)) return [parseFlow({ ...input, version: 1 })];
  const format = input[FLOW_EXPORT_FORMAT_KEY];
  if (format !== undefined && format !== FLOW_EXPORT_FORMAT)
    throw invalid(
      `This file has export format ${JSON.stringify(format)}; this Integration Builder reads format ${FLOW_EXPORT_FORMAT}`,
      { pointer: FORMAT_POINTER },
    );
  const entries = input[FLOW_EXPORT_KEY];
  if (!Array.isArray(entries)) throw invalid('"ib/flows" must be a list of flows', { pointer: FLOWS_POINTER });
  if (entries.length === 0) throw invalid('"ib/flows" holds no flow', { pointer: FLOWS_POINTER });
  if (entries.length > MAX_FLOWS_PER_FILE)
    throw new AppError(
      "too_large",
      `A flow file holds at most ${MAX_FLOWS_PER_FILE} flows (this one ${entries.length})`,
      [{ message: `${entries.length} flows`, location: { pointer: FLOWS_POINTER } }],
    );
  const problems: ProblemDetail[] = [];
  const flows: Flow[] = [];
  const names = new Set<string>();
  entries.forEach((entry, index) => {
    const at = `${FLOWS_POINTER}/${index}`;
    try {
      const flow = nestedAt(at, () => parseFlow(isObject(entry) ? { ...entry, version: 1 } : entry));
      if (names.has(flow.name))
        problems.push({ message: `a second flow named "${flow.name}"`, location: { pointer: `${at}/name` } });
      names.add(flow.name);
      flows.push(flow);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      problems.push(...error.problems);
    }
  });
  if (problems.length)
    throw new AppError("invalid_input", `The flow file is not valid: ${problems.length} problem(s)`, problems);
  return flows;
}
