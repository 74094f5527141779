// Call Flow cards filled from the called flow's interface, and Return cards offered the flow's declared outputs.
import { describe, expect, it } from "vitest";
import type { FieldSpec } from "../../../lib/flow/model";
import {
  addReturnFields,
  type CalledFlow,
  callFlowTo,
  missingReturnFields,
  prefillCard,
} from "../../../lib/flow-edit/call-flow";
import { card, flow, lit, textField } from "../engine/flow-builder";

const anyField = (key: string): FieldSpec => ({ key, type: { type: "any" } });
const httpHelper: CalledFlow = {
  name: "httpHelper",
  inputs: [textField("relative_url", true), textField("request_method", true), anyField("body")],
  outputs: [{ key: "status_code", type: { type: "number" } }, anyField("headers"), anyField("body")],
};

describe("callFlowTo", () => {
  it("fills a Call Flow's inputs and outputs from the called flow's event inputs and outputs", () => {
    const filled = callFlowTo(card("call1", "flow.callFlow"), "httpHelper", httpHelper);
    expect(filled.options).toEqual({ flow: "httpHelper" });
    expect(filled.dynamicInputs?.map((field) => field.key)).toEqual(["relative_url", "request_method", "body"]);
    expect(filled.dynamicInputs?.[0]).toMatchObject({ required: true, type: { type: "text" } });
    expect(filled.dynamicOutputs?.map((field) => field.key)).toEqual(["status_code", "headers", "body"]);
  });

  it("keeps the mappings whose names still exist when the called flow is picked again", () => {
    const before = card(
      "call1",
      "flow.callFlow",
      { relative_url: "/users", old_input: "gone" },
      {
        options: { flow: "oldHelper" },
        dynamicInputs: [textField("relative_url"), textField("old_input")],
        dynamicOutputs: [anyField("result")],
      },
    );
    const after = callFlowTo(before, "httpHelper", httpHelper);
    expect(after.inputs).toEqual({ relative_url: lit("/users") });
    expect(after.dynamicOutputs?.map((field) => field.key)).toEqual(["status_code", "headers", "body"]);
    expect(before.inputs.old_input).toEqual(lit("gone"));
  });

  it("gives Call Flow Async only inputs (it returns nothing), and leaves fields alone for an unknown flow", () => {
    const async = callFlowTo(card("a1", "flow.callFlowAsync"), "httpHelper", httpHelper);
    expect(async.dynamicInputs).toHaveLength(3);
    expect(async.dynamicOutputs).toBeUndefined();
    const unknown = callFlowTo(card("c1", "flow.callFlow", {}, { dynamicInputs: [textField("x")] }), "missing");
    expect(unknown.options).toEqual({ flow: "missing" });
    expect(unknown.dynamicInputs).toEqual([textField("x")]);
  });
});

describe("Return cards", () => {
  const action = flow("Action", [], { kind: "action" });
  action.event.outputs = [textField("id"), textField("status")];

  it("offer the flow's declared outputs they lack", () => {
    const partial = card("return1", "flow.returnOutputs", {}, { dynamicInputs: [textField("id")] });
    expect(missingReturnFields(partial, action).map((field) => field.key)).toEqual(["status"]);
    expect(addReturnFields(partial, action).dynamicInputs?.map((field) => field.key)).toEqual(["id", "status"]);
    expect(addReturnFields(addReturnFields(partial, action), action).dynamicInputs).toHaveLength(2);
  });

  it("arrive from the palette with them, as a Call Flow arrives with its helper's interface", () => {
    expect(prefillCard(card("r1", "flow.return"), action, []).dynamicInputs?.map((field) => field.key)).toEqual([
      "id",
      "status",
    ]);
    const call = prefillCard(card("c1", "flow.callFlow", {}, { options: { flow: "httpHelper" } }), action, [
      httpHelper,
    ]);
    expect(call.dynamicInputs).toHaveLength(3);
    expect(prefillCard(card("t1", "text.uppercase"), action, [httpHelper])).toEqual(card("t1", "text.uppercase"));
  });
});
