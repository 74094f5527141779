// The stored spec as pages and routes show it: versions, the overview, a page of operations, a diff. Types only.
import type { ProblemDetail } from "../errors";
import type { OperationsDiff } from "../spec/diff";
import type { OperationIndex, SpecIndex } from "../spec/types";

export interface OperationsPage extends OperationsQuery {
  version: number;
  /** Operations in the spec. */
  total: number;
  /** Operations matching the search (all of them without one). */
  matched: number;
  operations: OperationIndex[];
}

/** A stored spec with its index's operations replaced by their count. */
export type SpecOverview = Omit<StoredSpec, "index"> & {
  index: Omit<SpecIndex, "operations">;
  operationCount: number;
};

export type SpecDiff = OperationsDiff & { from: number; to: number };

export interface SpecVersionSummary {
  version: number;
  fileName: string;
  title: string;
  oasVersion: string;
  operationCount: number;
  warningCount: number;
  createdAt: string;
}

export interface OperationsQuery {
  offset: number;
  limit: number;
  /** Words that must all appear in the method, path, tags, operationId or summary; blank lists all. */
  search: string;
}

export interface StoredSpec {
  id: string;
  projectId: string;
  version: number;
  fileName: string;
  format: "json" | "yaml";
  oasVersion: string;
  title: string;
  index: SpecIndex;
  warnings: ProblemDetail[];
  createdAt: string;
}
