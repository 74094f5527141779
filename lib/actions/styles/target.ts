// The indexed operation a draft target names: its parameters as the spec index keeps them.
import type { OperationIndex } from "../../spec/types";
import type { DraftTarget } from "./model";

export function indexedOperation({ index, operation }: DraftTarget): OperationIndex | undefined {
  return index.operations.find((entry) => entry.method === operation.method && entry.path === operation.path);
}
