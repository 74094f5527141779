// A flow read leniently: a document that fails the flow schema is repaired into a Flow the rules can walk
// (malformed parts dropped or emptied) and its schema problems are kept, so each is reported by one rule.
import { AppError } from "../errors";
import {
  FLOW_SCHEMA_VERSION,
  type Binding,
  type Block,
  type Card,
  type EventType,
  type FieldSpec,
  type Flow,
  type FlowKind,
} from "../flow/model";
import { parseFlow } from "../flow/schema";
import { isObject } from "../spec/pointer";

const text = (value: unknown) => (typeof value === "string" ? value : "");

const list = (value: unknown): Record<string, unknown>[] => (Array.isArray(value) ? value.filter(isObject) : []);

const fields = (value: unknown): FieldSpec[] =>
  list(value)
    .filter((spec) => typeof spec.key === "string")
    .map((spec) => ({ ...spec, type: isObject(spec.type) ? spec.type : { type: "any" } }) as FieldSpec);

function binding(value: unknown): Binding | undefined {
  if (!isObject(value)) return undefined;
  switch (value.kind) {
    case "literal":
      return { kind: "literal", value: value.value };
    case "ref":
      return typeof value.card === "string" && Array.isArray(value.path) && value.path.length
        ? { kind: "ref", card: value.card, path: value.path.map(String) }
        : undefined;
    case "tenantVar":
    case "connectionParam":
      return typeof value.name === "string" ? { kind: value.kind, name: value.name } : undefined;
    default:
      return undefined;
  }
}

function bindings(value: unknown): Record<string, Binding> {
  const result: Record<string, Binding> = {};
  if (!isObject(value)) return result;
  for (const [key, entry] of Object.entries(value)) {
    const repaired = binding(entry);
    if (repaired) result[key] = repaired;
  }
  return result;
}

const block = (value: Record<string, unknown>): Block => ({
  id: text(value.id),
  inputs: bindings(value.inputs),
  cards: cards(value.cards),
  results: bindings(value.results),
});

function cards(value: unknown): Card[] {
  return list(value).map((card) => ({
    id: text(card.id),
    type: text(card.type),
    ...(card.disabled === true && { disabled: true }),
    options: isObject(card.options) ? card.options : {},
    inputs: bindings(card.inputs),
    dynamicInputs: fields(card.dynamicInputs),
    dynamicOutputs: fields(card.dynamicOutputs),
    ...(Array.isArray(card.blocks) && { blocks: list(card.blocks).map(block) }),
  }));
}

function repair(document: unknown): Flow {
  const raw = isObject(document) ? document : {};
  const event = isObject(raw.event) ? raw.event : {};
  return {
    schemaVersion: FLOW_SCHEMA_VERSION,
    name: text(raw.name),
    kind: text(raw.kind) as FlowKind,
    folder: text(raw.folder),
    enabled: raw.enabled !== false,
    saveAllData: raw.saveAllData === true,
    version: 1,
    event: {
      type: text(event.type) as EventType,
      ...(typeof event.contract === "string" && { contract: event.contract }),
      options: fields(event.options),
      inputs: fields(event.inputs),
      outputs: fields(event.outputs),
    },
    cards: cards(raw.cards),
  };
}

/** Problems other rules report with their own code: names, kinds, event type, card and block ids. */
function reportedElsewhere({ pointer, message }: { pointer: string; message: string }): boolean {
  if (["/name", "/kind", "/event/type"].includes(pointer)) return true;
  if (/\/(cards|blocks)\/\d+\/id$/.test(pointer)) return true;
  if (pointer === "" && /"(name|kind|event)"/.test(message)) return true;
  return pointer === "/event" && message.includes('"type"');
}

export interface ReadFlow {
  flow: Flow;
  /** Schema problems left for IB1000 (empty for a valid flow). */
  problems: { pointer: string; message: string }[];
}

export function readFlowLeniently(document: unknown): ReadFlow {
  try {
    return { flow: parseFlow(document), problems: [] };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const problems = error.problems
      .map((problem) => ({ pointer: problem.location?.pointer ?? "", message: problem.message }))
      .filter((problem) => !reportedElsewhere(problem));
    return { flow: repair(document), problems };
  }
}
