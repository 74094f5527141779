// An action flow's interface comes from its contract: the event's inputs are the contract input's top-level
// properties, its outputs the contract output's, each typed by its JSON Schema (so nested fields keep their types).
import { type Contract, findContract } from "../contracts/catalog";
import { contractFields } from "../contracts/fields";
import type { JsonSchema } from "../contracts/shapes";
import type { FieldSpec, Flow } from "../flow/model";
import { valueTypeOfSchema } from "../flow/value-types";

function topLevelFields(schema: JsonSchema): FieldSpec[] {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((schema.required ?? []) as string[]);
  return Object.entries(properties).map(([key, property]) => ({
    key,
    type: valueTypeOfSchema(property),
    ...(required.has(key) ? { required: true } : {}),
    ...(Array.isArray(property.enum) ? { enum: property.enum as string[] } : {}),
  }));
}

/** The event inputs and outputs an action flow of this contract declares. */
export function contractEventFields(contract: Contract): { inputs: FieldSpec[]; outputs: FieldSpec[] } {
  return { inputs: topLevelFields(contract.input), outputs: topLevelFields(contract.output) };
}

/** The contract of an action (or test) flow, when it names one the catalog knows. */
export function flowContract(flow: Pick<Flow, "kind" | "event">): Contract | undefined {
  if ((flow.kind !== "action" && flow.kind !== "test") || !flow.event.contract) return undefined;
  return findContract(flow.event.contract);
}

/** A nested contract field a mapping can read: the event input it lives in and the path below it. */
export interface ContractPath {
  key: string;
  path: string[];
  /** Dotted, as the contract writes it: `user.name.givenName`. */
  label: string;
  required: boolean;
}

/**
 * Every field under an action flow's event inputs a mapping can name, at any depth, without crossing a list
 * (a list is offered whole: `user.emails`). Top-level inputs are left out: they are event fields already.
 */
export function contractInputPaths(contract: Contract): ContractPath[] {
  return contractFields(contract.input)
    .filter((field) => !field.segments.includes("[]") && field.segments.length > 1)
    .map((field) => {
      const [key, ...path] = field.segments;
      return { key, path, label: field.path, required: field.required };
    });
}
