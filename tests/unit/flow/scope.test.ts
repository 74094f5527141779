import { describe, expect, it } from "vitest";
import type { Flow } from "../../../lib/flow/model";
import { inputsOf, outputsOf } from "../../../lib/cards/card-fields";
import { CARD_CATALOG } from "../../../lib/cards/catalog";
import { checkReferences, scopeAt } from "../../../lib/cards/scope";
import { anyField, card, flow, ref, textField } from "../engine/flow-builder";

// event(name) -> a (uppercase) -> guard (If Error: try[b, c], catch[d]) -> branch (If/Else: then[e], else[f]) -> g
function sample(): Flow {
  return flow(
    "Scoped",
    [
      card("a", "text.uppercase", { text: ref("event", "name") }),
      card(
        "guard",
        "error.ifError",
        {},
        {
          dynamicOutputs: [textField("status")],
          blocks: [
            {
              id: "try",
              cards: [
                card("b", "text.trim", { text: ref("a", "output") }),
                card("c", "text.length", { text: ref("b", "output") }),
              ],
              results: { status: ref("b", "output") },
            },
            {
              id: "catch",
              cards: [card("d", "text.lowercase", { text: ref("guard", "error", "message") })],
              results: { status: ref("d", "output") },
            },
          ],
        },
      ),
      card(
        "branch",
        "branch.ifElse",
        { a: ref("guard", "status"), comparison: "is empty" },
        {
          blocks: [
            { id: "then", cards: [card("e", "text.trim", { text: ref("c", "output") })] },
            { id: "else", cards: [card("f", "text.trim", { text: ref("e", "output") })] },
          ],
        },
      ),
      card("off", "text.trim", { text: "x" }, { disabled: true }),
      card("g", "number.add", { a: ref("a", "output"), b: ref("off", "output") }),
    ],
    { inputs: [textField("name", true)] },
  );
}

const keysAt = (flowDocument: Flow, cardId: string, block?: string) =>
  scopeAt(flowDocument, cardId, CARD_CATALOG, block).map((field) => `${field.card}.${field.key}`);

describe("scopeAt", () => {
  it("offers event inputs and earlier outputs, never later cards", () => {
    expect(keysAt(sample(), "a")).toEqual(["event.name"]);
    expect(keysAt(sample(), "g")).toEqual(["event.name", "a.output", "guard.status"]);
  });

  it("includes enclosing sequences and block-provided values, not sibling blocks", () => {
    expect(keysAt(sample(), "c")).toEqual(["event.name", "a.output", "b.output"]);
    const inCatch = scopeAt(sample(), "d", CARD_CATALOG);
    expect(inCatch.map((field) => `${field.card}.${field.key}`)).toEqual(["event.name", "a.output", "guard.error"]);
    expect(inCatch.find((field) => field.key === "error")).toMatchObject({ source: "block", type: { type: "object" } });
  });

  it("gives the scope at the end of a block for its results", () => {
    expect(keysAt(sample(), "guard", "try")).toEqual(["event.name", "a.output", "b.output", "c.output"]);
  });

  it("carries each field's type", () => {
    expect(scopeAt(sample(), "c", CARD_CATALOG).find((field) => field.card === "b")).toEqual({
      card: "b",
      key: "output",
      type: { type: "text" },
      label: "output",
      source: "output",
    });
  });
});

describe("checkReferences", () => {
  it("finds each kind of bad reference, with pointers", () => {
    const diagnostics = checkReferences(sample()).map(({ cardId, input, code, severity, pointer }) => ({
      cardId,
      input,
      code,
      severity,
      pointer,
    }));
    expect(diagnostics).toEqual([
      {
        cardId: "e",
        input: "text",
        code: "sibling_branch",
        severity: "error",
        pointer: "/cards/2/blocks/0/cards/0/inputs/text",
      },
      {
        cardId: "f",
        input: "text",
        code: "sibling_branch",
        severity: "error",
        pointer: "/cards/2/blocks/1/cards/0/inputs/text",
      },
      { cardId: "g", input: "a", code: "type_mismatch", severity: "warning", pointer: "/cards/4/inputs/a" },
      { cardId: "g", input: "b", code: "disabled_card", severity: "error", pointer: "/cards/4/inputs/b" },
    ]);
  });

  it("explains refs to later, unknown, enclosing and inner-block cards", () => {
    const document = flow("Bad", [
      card("first", "text.trim", { text: ref("second", "output") }),
      card("second", "text.trim", { text: ref("ghost", "output") }),
      card(
        "guard",
        "error.ifError",
        {},
        {
          dynamicOutputs: [textField("status")],
          blocks: [{ id: "try", cards: [card("inner", "text.trim", { text: ref("guard", "status") })] }],
        },
      ),
      card("after", "text.trim", { text: ref("inner", "output") }),
      card("self", "text.trim", { text: ref("self", "output") }),
      card("typo", "text.trim", { text: ref("first", "outptu") }),
      card("eventTypo", "text.trim", { text: ref("event", "nope") }),
    ]);
    const found = Object.fromEntries(checkReferences(document).map((diagnostic) => [diagnostic.cardId, diagnostic]));
    expect(found.first).toMatchObject({ code: "not_yet_run", message: 'Card "second" runs after this card' });
    expect(found.second).toMatchObject({ code: "unknown_card", message: 'No card "ghost" in this flow' });
    expect(found.guard).toBeUndefined();
    expect(found.inner).toMatchObject({ code: "not_yet_run" });
    expect(found.after).toMatchObject({
      code: "sibling_branch",
      message: expect.stringContaining('inside block "try" of card "guard"'),
    });
    expect(found.self).toMatchObject({ code: "not_yet_run", message: "A card cannot use its own outputs" });
    expect(found.typo).toMatchObject({
      code: "unknown_output",
      message: 'Card "first" has no output "outptu" (its outputs: output)',
    });
    expect(found.eventTypo).toMatchObject({ code: "unknown_output" });
  });

  it("checks If/ElseIf conditions and block results", () => {
    const document = flow("Conditions", [
      card(
        "pick",
        "branch.ifElseIf",
        {},
        {
          dynamicOutputs: [textField("label")],
          blocks: [
            {
              id: "branch0",
              inputs: { a: ref("inside", "output"), comparison: { kind: "literal", value: "is empty" } },
              cards: [card("inside", "text.trim", { text: "x" })],
              results: { label: ref("inside", "output") },
            },
            { id: "else", cards: [], results: { label: ref("inside", "output") } },
          ],
        },
      ),
    ]);
    expect(checkReferences(document).map((diagnostic) => [diagnostic.input, diagnostic.code])).toEqual([
      ["branch0.a", "not_yet_run"],
      ["else.results.label", "sibling_branch"],
    ]);
  });

  it("accepts a clean flow", () => {
    const document = flow("Clean", [card("a", "text.uppercase", { text: ref("event", "name") })], {
      inputs: [textField("name")],
    });
    expect(checkReferences(document)).toEqual([]);
  });
});

describe("inputsOf / outputsOf", () => {
  it("adds the user's fields to the catalog's", () => {
    const assign = card("x", "flow.assign", { n: 1 }, { dynamicInputs: [anyField("n")] });
    expect(outputsOf(assign, CARD_CATALOG).map((field) => field.key)).toEqual(["n"]);
    const concat = card("y", "text.concatenate", {}, { dynamicInputs: [anyField("t1")] });
    expect(inputsOf(concat, CARD_CATALOG)).toEqual([{ key: "t1", type: { type: "text" } }]);
    const call = card("z", "flow.callFlow", {}, { dynamicOutputs: [textField("body")] });
    expect(outputsOf(call, CARD_CATALOG).map((field) => field.key)).toEqual(["body"]);
    expect(outputsOf(card("u", "no.such", {}), CARD_CATALOG)).toEqual([]);
  });
});
