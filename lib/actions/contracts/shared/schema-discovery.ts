// The schema contracts: a list of schemas (SCIM /Schemas, /ResourceTypes, or a REST user schema endpoint).
// Drafting reads SCIM discovery endpoints only; any other planned endpoint is described from the spec instead.
import type { OperationFacts } from "../../facts";
import { type Scored, scoreOperation } from "../../score";
import { styleOfFacts } from "../../styles";
import type { DraftTarget } from "../../styles/model";

export function schemaList(facts: OperationFacts, entity: "schema" | "resourcetype"): Scored | undefined {
  const listed = scoreOperation(facts, { entity, actions: ["list"], one: false, methods: ["get"] });
  return listed && styleOfFacts(facts).schemaDiscovery(facts, listed, entity);
}

export const notDiscovery = ({ operation }: DraftTarget): string | undefined =>
  /\/(Schemas|ResourceTypes)$/.test(operation.path)
    ? undefined
    : `${operation.path} is not a SCIM discovery endpoint; map its answer on the canvas`;
