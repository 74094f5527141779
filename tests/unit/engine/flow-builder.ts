// Small builders for flows in tests: real Flow documents, written compactly.
import type { Binding, Card, FieldSpec, Flow, FlowKind } from "../../../lib/flow/model";
import { EVENT_FOR_KIND, FLOW_SCHEMA_VERSION } from "../../../lib/flow/model";

export const lit = (value: unknown): Binding => ({ kind: "literal", value });
export const ref = (card: string, ...path: string[]): Binding => ({ kind: "ref", card, path });

const BINDING_KINDS = new Set(["literal", "ref", "tenantVar", "connectionParam"]);
const isBinding = (value: unknown): value is Binding =>
  typeof value === "object" && value !== null && BINDING_KINDS.has((value as { kind?: string }).kind ?? "");

/** Values that are not bindings become literals. */
export function bindings(values: Record<string, unknown>): Record<string, Binding> {
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, isBinding(value) ? value : lit(value)]));
}

export function card(id: string, type: string, inputs: Record<string, unknown> = {}, more: Partial<Card> = {}): Card {
  return { id, type, inputs: bindings(inputs), ...more };
}

export const textField = (key: string, required = false): FieldSpec => ({ key, type: { type: "text" }, required });
export const anyField = (key: string): FieldSpec => ({ key, type: { type: "any" } });

export function flow(
  name: string,
  cards: Card[],
  more: Partial<Flow> & { inputs?: FieldSpec[]; kind?: FlowKind } = {},
): Flow {
  const { inputs = [], kind = "helper", ...rest } = more;
  return {
    schemaVersion: FLOW_SCHEMA_VERSION,
    name,
    kind,
    folder: "Shared Folder",
    enabled: true,
    saveAllData: true,
    version: 1,
    event: { type: EVENT_FOR_KIND[kind], options: [], inputs, outputs: [] },
    cards,
    ...rest,
  };
}

/** Return card handing back the named values. */
export const returnCard = (id: string, values: Record<string, unknown>): Card =>
  card(id, "flow.return", values, { dynamicInputs: Object.keys(values).map(anyField) });

export const library = (...flows: Flow[]) => {
  const byName = new Map(flows.map((entry) => [entry.name, entry]));
  return async (name: string) => byName.get(name);
};
