// Which style an operation speaks, decided per operation: one spec can offer a SCIM surface and a REST surface.
// The most specific style first; plain REST speaks for whatever no other style recognises.
import type { Contract } from "../../contracts/catalog";
import type { SpecIndex } from "../../spec/types";
import { operationBodies, listShape } from "../draft-fields";
import type { OperationFacts } from "../facts";
import type { PlannedAction, PlannedOperation } from "../plan";
import type { ApiStyle, DraftTarget, OperationSigns } from "./model";
import { rest } from "./rest";
import { scim } from "./scim";

export const STYLES: readonly ApiStyle[] = [scim, rest];

export function styleOf(signs: OperationSigns): ApiStyle {
  return STYLES.find((style) => style.detect(signs)) ?? rest;
}

/** The style of an operation being planned. */
export function styleOfFacts(facts: OperationFacts): ApiStyle {
  return styleOf({
    path: facts.operation.path,
    requestFields: [...facts.requestFields],
    responseFields: [...facts.responseFields],
    queryNames: facts.queryNames,
  });
}

/** Everything a contract module drafts from on its planned operation, with the operation's style. */
export function draftTarget(
  contract: Contract,
  action: PlannedAction,
  operation: PlannedOperation,
  document: unknown,
  index: SpecIndex,
): DraftTarget {
  const bodies = operationBodies(document, operation.method, operation.path);
  const indexed = index.operations.find((entry) => entry.method === operation.method && entry.path === operation.path);
  const queryNames = (indexed?.parameters ?? []).filter((entry) => entry.in === "query").map((entry) => entry.name);
  const style = styleOf({
    path: operation.path,
    requestFields: bodies.request.fields,
    responseFields: bodies.response.fields,
    itemFields: operation.method === "get" ? listShape(document, operation.method, operation.path).itemFields : [],
    queryNames,
  });
  return { contract, action, operation, document, index, bodies, queryNames, style };
}
