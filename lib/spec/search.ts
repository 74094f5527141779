// Finds operations by words: every word must appear in the method, path, tags, operationId or summary.
import type { OperationIndex, SpecIndex } from "./types";

export function searchOperations(index: SpecIndex, query: string): OperationIndex[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return index.operations;
  return index.operations.filter((operation) => {
    const haystack = haystackOf(operation);
    return words.every((word) => haystack.includes(word));
  });
}

const haystackOf = (operation: OperationIndex) =>
  [operation.method, operation.path, ...operation.tags, operation.operationId ?? "", operation.summary ?? ""]
    .join("\n")
    .toLowerCase();
