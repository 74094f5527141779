// The current spec without its operations list, and that list a page at a time (searched on the server): a spec of
// 100,000 operations is never sent whole to a page, a route answer or the terminal.
import { invalid } from "../errors";
import { searchOperations } from "../spec/search";
import { currentSpec } from "./store";
import type { StoredSpec, OperationsPage, SpecOverview, OperationsQuery } from "./model";

export const OPERATIONS_PAGE_DEFAULT = 100;
export const OPERATIONS_PAGE_MAX = 500;

export function specOverview(spec: StoredSpec): SpecOverview {
  const { operations, ...index } = spec.index;
  return { ...spec, index, operationCount: operations.length };
}

export async function currentSpecOverview(projectId: string): Promise<SpecOverview | null> {
  const spec = await currentSpec(projectId);
  return spec && specOverview(spec);
}

/** Reads `offset`, `limit` and `search` (query-string text or numbers), refusing what is out of range by name. */
export function parseOperationsQuery(input: { offset?: unknown; limit?: unknown; search?: unknown }): OperationsQuery {
  const integer = (value: unknown, field: string, fallback: number, min: number, max: number) => {
    if (value === undefined || value === null || value === "") return fallback;
    const number = Number(value);
    if (!Number.isInteger(number) || number < min || number > max)
      throw invalid(`${field} must be an integer from ${min} to ${max}, got "${value}"`, { field });
    return number;
  };
  return {
    offset: integer(input.offset, "offset", 0, 0, Number.MAX_SAFE_INTEGER),
    limit: integer(input.limit, "limit", OPERATIONS_PAGE_DEFAULT, 1, OPERATIONS_PAGE_MAX),
    search: typeof input.search === "string" ? input.search.trim() : "",
  };
}

/** One page of the current spec's operations (searched), or null when the project has no spec yet. */
export async function currentSpecOperations(projectId: string, query: OperationsQuery): Promise<OperationsPage | null> {
  const spec = await currentSpec(projectId);
  if (!spec) return null;
  const matches = searchOperations(spec.index, query.search);
  return {
    ...query,
    version: spec.version,
    total: spec.index.operations.length,
    matched: matches.length,
    operations: matches.slice(query.offset, query.offset + query.limit),
  };
}
