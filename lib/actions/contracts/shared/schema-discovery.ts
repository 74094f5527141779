// The schema contracts: a list of schemas (SCIM /Schemas, /ResourceTypes, or a REST user schema endpoint).
// Drafting reads SCIM discovery endpoints only; any other planned endpoint is described from the spec instead.
import type { OperationFacts } from "../../facts";
import { type Scored, scoreOperation } from "../../score";
import { styleOfFacts } from "../../styles";
import type { DraftTarget } from "../../styles/model";

export function schemaList(facts: OperationFacts, entity: "schema" | "resourcetype"): Scored | undefined {
  const listed = scoreOperation(facts, { entity, actions: ["list"], one: false, methods: ["get"] });
  if (listed) return styleOfFacts(facts).schemaDiscovery(facts, listed, entity);
  // `GET /meta/schemas/user/{schemaId}`: the one schema of users is the user schema.
  if (entity !== "schema" || facts.describes !== "user") return undefined;
  const read = scoreOperation(facts, { entity, actions: ["read"], one: true, methods: ["get"] });
  return read && { score: read.score, reasons: [...read.reasons, "the schema of users"] };
}

export const notDiscovery = ({ operation }: DraftTarget): string | undefined =>
  /\/(Schemas|ResourceTypes)$/.test(operation.path)
    ? undefined
    : `${operation.path} is not a SCIM discovery endpoint; map its answer on the canvas`;
