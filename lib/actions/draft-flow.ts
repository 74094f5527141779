// The shapes every action-flow draft shares: the action flow named after its contract and ending in Return
// Outputs, the helper flows drafts call, the relative URL from the contract's ids, and the drafter's signature.
import type { Contract } from "../contracts/catalog";
import type { JsonSchema } from "../contracts/shapes";
import type { Binding, Card, FieldSpec, Flow, ValueType } from "../flow/model";
import { fromCard, fromEvent } from "../generate/bindings";
import type { SpecIndex } from "../spec/types";
import { ACTIONS_FOLDER } from "../project-actions/folders";
import { CALL_CARD, relativeUrlCards } from "./draft-cards";
import type { PlannedAction } from "./plan";

/** A draft: the action flow, or the action flow and the helper flows it calls, or why there is none. */
export type Drafted = Flow | { flow: Flow; helpers: Flow[] } | string;
export type Drafter = (contract: Contract, action: PlannedAction, document: unknown, index: SpecIndex) => Drafted;

function valueType(schema: JsonSchema): ValueType {
  switch (schema.type) {
    case "string":
      return { type: "text" };
    case "integer":
    case "number":
      return { type: "number" };
    case "boolean":
      return { type: "boolean" };
    case "array":
      return { type: "list", items: { type: "any" } };
    default:
      return { type: "object", schema };
  }
}

function fieldsOf(schema: JsonSchema): FieldSpec[] {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((schema.required ?? []) as string[]);
  return Object.entries(properties).map(([key, child]) => ({
    key,
    type: valueType(child),
    ...(required.has(key) ? { required: true } : {}),
  }));
}

/** The action flow of `contract`: its cards, then Return Outputs fed from `source` (the If Error card's outputs). */
export function actionFlow(
  contract: Contract,
  description: string,
  cards: Flow["cards"],
  source: (output: string) => Binding = (output) => fromCard(CALL_CARD, output),
): Flow {
  const outputs = fieldsOf(contract.output);
  return {
    schemaVersion: 1,
    name: contract.name,
    description,
    kind: "action",
    folder: ACTIONS_FOLDER,
    enabled: true,
    saveAllData: false,
    version: 1,
    event: { type: "action", contract: contract.name, options: [], inputs: fieldsOf(contract.input), outputs },
    cards: [
      ...cards,
      {
        id: "return",
        type: "flow.returnOutputs",
        title: "Return the contract outputs",
        inputs: Object.fromEntries(outputs.map((field) => [field.key, source(field.key)])),
        dynamicInputs: outputs,
      },
    ],
  };
}

/** The inputs List Map and For Each give a helper flow: the item and its index. */
export const ITEM_INPUTS: FieldSpec[] = [
  { key: "item", type: { type: "object" } },
  { key: "index", type: { type: "number" } },
];

/**
 * A helper flow the drafts call once per item: its inputs, its cards, then Return of `output` (under `outputKey`,
 * "output" unless Paginate calls it, which passes `object`).
 */
export function helperFlow(spec: {
  name: string;
  description: string;
  inputs: FieldSpec[];
  cards: Card[];
  output: Binding;
  outputType: ValueType;
  outputKey?: string;
}): Flow {
  const outputKey = spec.outputKey ?? "output";
  return {
    schemaVersion: 1,
    name: spec.name,
    description: spec.description,
    kind: "helper",
    folder: ACTIONS_FOLDER,
    enabled: true,
    saveAllData: false,
    version: 1,
    event: {
      type: "helperFlow",
      options: [],
      inputs: spec.inputs,
      outputs: [{ key: outputKey, type: spec.outputType }],
    },
    cards: [
      ...spec.cards,
      {
        id: "return",
        type: "flow.return",
        title: "Return the result",
        inputs: { [outputKey]: spec.output },
        dynamicInputs: [{ key: outputKey, type: spec.outputType }],
      },
    ],
  };
}

/** The event value a path parameter takes: the group's id for group parameters, else the user's. */
function pathSource(contract: Contract, parameter: string): Binding {
  const inputs = (contract.input.properties ?? {}) as Record<string, unknown>;
  if (/group|team/i.test(parameter) || !("userId" in inputs || "user" in inputs || "externalUserId" in inputs)) {
    if ("groupId" in inputs) return fromEvent("groupId");
    if ("group" in inputs) return fromEvent("group", "id");
  }
  if ("userId" in inputs) return fromEvent("userId");
  if ("externalUserId" in inputs) return fromEvent("externalUserId");
  return fromEvent("user", "id");
}

/** The relative URL of `path` with each `{param}` filled from the contract's input. */
export function urlCards(contract: Contract, path: string) {
  return relativeUrlCards(
    path,
    Object.fromEntries([...path.matchAll(/\{([^}]+)\}/g)].map((match) => [match[1], pathSource(contract, match[1])])),
  );
}

/** The flow's description: the operation it was drafted from and why. */
export const describe = (action: PlannedAction, extra = "") =>
  `Drafted from ${action.operation!.method.toUpperCase()} ${action.operation!.path} (${action.why}).${extra}`;
