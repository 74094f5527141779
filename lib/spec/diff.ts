// Compares two indexes of the same API by operation (METHOD + path), in words a user can act on.
import type { OperationIndex, ParameterIndex, SpecIndex } from "./types";

export interface OperationChange {
  before: OperationIndex;
  after: OperationIndex;
  changes: string[];
}

export interface OperationsDiff {
  added: OperationIndex[];
  removed: OperationIndex[];
  changed: OperationChange[];
}

export const operationKey = (operation: OperationIndex) => `${operation.method.toUpperCase()} ${operation.path}`;

export function diffOperations(previous: SpecIndex, next: SpecIndex): OperationsDiff {
  const before = new Map(previous.operations.map((operation) => [operationKey(operation), operation]));
  const after = new Map(next.operations.map((operation) => [operationKey(operation), operation]));
  const diff: OperationsDiff = { added: [], removed: [], changed: [] };
  for (const [key, operation] of after) {
    const old = before.get(key);
    if (!old) {
      diff.added.push(operation);
      continue;
    }
    const changes = describeChanges(old, operation);
    if (changes.length) diff.changed.push({ before: old, after: operation, changes });
  }
  for (const [key, operation] of before) if (!after.has(key)) diff.removed.push(operation);
  return diff;
}

function describeChanges(before: OperationIndex, after: OperationIndex): string[] {
  const changes: string[] = [];
  const differs = (a: unknown, b: unknown) => JSON.stringify(a) !== JSON.stringify(b);
  if (before.operationId !== after.operationId) changes.push("operationId changed");
  if (before.summary !== after.summary) changes.push("summary changed");
  if (differs([...before.tags].sort(), [...after.tags].sort())) changes.push("tags changed");
  if (Boolean(before.deprecated) !== Boolean(after.deprecated)) {
    changes.push(after.deprecated ? "now deprecated" : "no longer deprecated");
  }
  changes.push(...parameterChanges(before.parameters, after.parameters));
  if (!before.requestBody && after.requestBody) changes.push("request body added");
  else if (before.requestBody && !after.requestBody) changes.push("request body removed");
  else if (differs(before.requestBody, after.requestBody)) changes.push("request body changed");
  changes.push(...responseChanges(before.responses, after.responses));
  if (differs(before.security, after.security)) changes.push("security changed");
  if (differs(before.servers, after.servers)) changes.push("servers changed");
  return changes;
}

function parameterChanges(before: ParameterIndex[], after: ParameterIndex[]): string[] {
  const key = (parameter: ParameterIndex) => `${parameter.in}:${parameter.name}`;
  const old = new Map(before.map((parameter) => [key(parameter), parameter]));
  const now = new Map(after.map((parameter) => [key(parameter), parameter]));
  const changes: string[] = [];
  for (const [id, parameter] of now) {
    const previous = old.get(id);
    if (!previous) changes.push(`parameter ${parameter.name} added`);
    else if (previous.required !== parameter.required) {
      changes.push(`parameter ${parameter.name} ${parameter.required ? "now required" : "now optional"}`);
    } else if (JSON.stringify(previous.schema) !== JSON.stringify(parameter.schema)) {
      changes.push(`parameter ${parameter.name} schema changed`);
    }
  }
  for (const [id, parameter] of old) if (!now.has(id)) changes.push(`parameter ${parameter.name} removed`);
  return changes;
}

function responseChanges(before: OperationIndex["responses"], after: OperationIndex["responses"]): string[] {
  const old = new Map(before.map((response) => [response.status, response.contentTypes]));
  const now = new Map(after.map((response) => [response.status, response.contentTypes]));
  const changes: string[] = [];
  for (const [status, types] of now) {
    const previous = old.get(status);
    if (!previous) changes.push(`response ${status} added`);
    else if (previous.join() !== types.join()) changes.push(`response ${status} content types changed`);
  }
  for (const status of old.keys()) if (!now.has(status)) changes.push(`response ${status} removed`);
  return changes;
}
