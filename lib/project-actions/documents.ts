// The documents of a new action flow (from its contract) and of a new test flow (calling an action flow with
// sample inputs from the contract's input schema).
import { sample } from "openapi-sampler";
import { contractEventFields } from "../cards/contract-event";
import type { Contract } from "../contracts/catalog";
import { realistic } from "../samples/realistic";
import { RUN_SUFFIX } from "../samples/run-suffix";
import { EVENT_FOR_KIND, FLOW_SCHEMA_VERSION, type Binding, type Flow } from "../flow/model";
import { actionFolder, testFolder } from "./folders";

const SUCCEEDED = { status: "SUCCEEDED" };

/**
 * A new action flow: the contract's event (body = the input tree) ending in Return Outputs with the contract's
 * output fields, `executionStatus` preset to SUCCEEDED. OFF until the user switches it ON.
 */
export function actionFlowDocument(contract: Contract, name: string = contract.name): Flow {
  const { inputs, outputs } = contractEventFields(contract);
  return {
    schemaVersion: FLOW_SCHEMA_VERSION,
    name,
    kind: "action",
    folder: actionFolder(contract.name),
    enabled: false,
    saveAllData: true,
    version: 1,
    event: { type: EVENT_FOR_KIND.action, contract: contract.name, options: [], inputs, outputs },
    cards: [
      {
        id: "returnOutputs",
        type: "flow.returnOutputs",
        inputs: { executionStatus: { kind: "literal", value: SUCCEEDED } },
        dynamicInputs: outputs.map((field) => ({ ...field })),
      },
    ],
  };
}

const SAMPLER_OPTIONS = { skipReadOnly: true, skipNonRequired: true, quiet: true, maxSampleDepth: 8 } as const;

/**
 * Sample inputs for a contract: sampled from the input schema (its examples, else its required parts), with
 * realistic values, the identifying ones ending in RUN_SUFFIX so that each run of the test sends new ones (lib/samples).
 */
export function sampleInputs(contract: Contract): Record<string, unknown> {
  const sampled = sample(contract.input as never, SAMPLER_OPTIONS);
  const subject = contract.operationGroup.startsWith("group") ? "group" : undefined;
  return sampled && typeof sampled === "object"
    ? realistic(sampled as Record<string, unknown>, { subject, suffix: RUN_SUFFIX })
    : {};
}

export const CALL_ACTION_CARD = "callAction";

/** A test flow: one Call Flow card running `actionFlow` with literal inputs (editable on the canvas). */
export function testFlowDocument(
  actionFlow: Pick<Flow, "name" | "event">,
  contract: Contract,
  name: string,
  inputs: Record<string, unknown> = sampleInputs(contract),
): Flow {
  const bindings: Record<string, Binding> = {};
  for (const field of actionFlow.event.inputs)
    if (inputs[field.key] !== undefined) bindings[field.key] = { kind: "literal", value: inputs[field.key] };
  return {
    schemaVersion: FLOW_SCHEMA_VERSION,
    name,
    kind: "test",
    folder: testFolder(contract.name),
    enabled: true,
    saveAllData: true,
    version: 1,
    event: { type: EVENT_FOR_KIND.test, contract: contract.name, options: [], inputs: [], outputs: [] },
    cards: [
      {
        id: CALL_ACTION_CARD,
        type: "flow.callFlow",
        options: { flow: actionFlow.name },
        inputs: bindings,
        dynamicInputs: actionFlow.event.inputs.map((field) => ({ ...field })),
      },
    ],
  };
}
