// The canvas's pure edits of a flow document: structure, identity sharing, ids and scope of pasted mappings.
import { describe, expect, it } from "vitest";
import type { Card, Flow } from "../../../lib/flow/model";
import {
  findCard,
  insertCards,
  moveCard,
  removeCards,
  renameCard,
  ROOT,
  setBlockResult,
  setDisabled,
  toggleDisabled,
} from "../../../lib/flow-edit";
import { copiedCards, duplicateCards, pasteCards } from "../../../lib/flow-edit/paste";
import { addEventField, removeEventField, updateEventField } from "../../../lib/flow-edit/event";
import { checkReferences } from "../../../lib/cards/scope";
import { AppError } from "../../../lib/errors";
import { card, flow, ref, textField } from "../engine/flow-builder";

const ids = (cards: Card[]) => cards.map((entry) => entry.id);
const then = { container: "if1", block: "then" };

/** compose1 -> if1 { then: [split1] else: [] } -> compose2, with event input "name". */
function sample(): Flow {
  return flow(
    "Sample",
    [
      card("compose1", "text.compose", { template: ref("event", "name") }),
      card(
        "if1",
        "branch.ifElse",
        {},
        {
          blocks: [
            { id: "then", cards: [card("split1", "text.split", { text: ref("compose1", "output"), delimiter: "," })] },
            { id: "else", cards: [] },
          ],
          dynamicOutputs: [{ key: "parts", type: { type: "list", items: { type: "text" } } }],
        },
      ),
      card("compose2", "text.compose", { template: ref("compose1", "output") }),
    ],
    { inputs: [textField("name")] },
  );
}

describe("insert", () => {
  it("puts cards at an index of the top level or of a block, leaving other cards untouched", () => {
    const original = sample();
    const top = insertCards(original, ROOT, 1, [card("new1", "text.compose")]);
    expect(ids(top.cards)).toEqual(["compose1", "new1", "if1", "compose2"]);
    expect(top.cards[0]).toBe(original.cards[0]);
    const nested = insertCards(original, { container: "if1", block: "else" }, 0, [card("new1", "text.compose")]);
    expect(ids(findCard(nested.cards, "if1")!.blocks![1].cards)).toEqual(["new1"]);
    expect(ids(original.cards[1].blocks![1].cards)).toEqual([]);
  });
});

describe("move", () => {
  it("moves within a sequence, with the index counted before the move", () => {
    const moved = moveCard(sample(), "compose2", ROOT, 1);
    expect(ids(moved.cards)).toEqual(["compose1", "compose2", "if1"]);
    const down = moveCard(sample(), "compose1", ROOT, 2);
    expect(ids(down.cards)).toEqual(["if1", "compose1", "compose2"]);
  });

  it("moves across sequences, into and out of a block", () => {
    const into = moveCard(sample(), "compose2", then, 1);
    expect(ids(into.cards)).toEqual(["compose1", "if1"]);
    expect(ids(findCard(into.cards, "if1")!.blocks![0].cards)).toEqual(["split1", "compose2"]);
    const out = moveCard(sample(), "split1", ROOT, 0);
    expect(ids(out.cards)).toEqual(["split1", "compose1", "if1", "compose2"]);
    expect(findCard(out.cards, "if1")!.blocks![0].cards).toEqual([]);
  });

  it("returns the same document for a no-op move and refuses to move a container into itself", () => {
    const original = sample();
    expect(moveCard(original, "compose1", ROOT, 0)).toBe(original);
    expect(moveCard(original, "compose1", ROOT, 1)).toBe(original);
    expect(moveCard(original, "if1", then, 0)).toBe(original);
    expect(moveCard(original, "missing", ROOT, 0)).toBe(original);
  });
});

describe("delete", () => {
  it("removes cards at any depth, a container with everything in it", () => {
    expect(ids(removeCards(sample(), new Set(["compose2"])).cards)).toEqual(["compose1", "if1"]);
    const nested = removeCards(sample(), new Set(["split1"]));
    expect(findCard(nested.cards, "split1")).toBeUndefined();
    expect(ids(removeCards(sample(), new Set(["if1"])).cards)).toEqual(["compose1", "compose2"]);
    const original = sample();
    expect(removeCards(original, new Set(["missing"]))).toBe(original);
  });
});

describe("duplicate", () => {
  it("puts copies with fresh ids right after the last selected card, mappings kept", () => {
    const result = duplicateCards(sample(), ["compose2"])!;
    expect(result.ids).toEqual(["compose3"]);
    expect(ids(result.flow.cards)).toEqual(["compose1", "if1", "compose2", "compose3"]);
    expect(findCard(result.flow.cards, "compose3")!.inputs.template).toEqual(ref("compose1", "output"));
    expect(result.dropped).toBe(0);
    expect(duplicateCards(sample(), [])).toBeUndefined();
  });

  it("renames nested cards of a duplicated container and rewires references between the copies", () => {
    const result = duplicateCards(sample(), ["if1"])!;
    const copy = findCard(result.flow.cards, result.ids[0])!;
    expect(copy.id).toBe("ifElse1");
    const inner = copy.blocks![0].cards[0];
    expect(inner.id).toBe("split2");
    expect(inner.inputs.text).toEqual(ref("compose1", "output"));
    expect(checkReferences(result.flow)).toEqual([]);
  });
});

describe("paste", () => {
  it("gives fresh ids and drops mappings to cards that aren't in scope where the copies land", () => {
    const source = sample();
    const copied = copiedCards(source, ["compose2", "split1"]);
    expect(ids(copied)).toEqual(["split1", "compose2"]);
    const target = flow("Target", [card("split1", "text.split")], { inputs: [textField("name")] });
    const result = pasteCards(target, copied, ROOT, 1);
    expect(result.ids).toEqual(["split2", "compose1"]);
    // compose1's output isn't in the target flow at all: both references to it go.
    expect(result.dropped).toBe(2);
    expect(findCard(result.flow.cards, "split2")!.inputs).toEqual({ delimiter: { kind: "literal", value: "," } });
    expect(findCard(result.flow.cards, "compose1")!.inputs).toEqual({});
    expect(findCard(result.flow.cards, "split1")).toBe(target.cards[0]);
  });

  it("keeps event mappings when the target's event has the same input", () => {
    const source = sample();
    const target = flow("Target", [], { inputs: [textField("name")] });
    const result = pasteCards(target, copiedCards(source, ["compose1"]), ROOT, 0);
    expect(result.flow.cards[0].inputs.template).toEqual(ref("event", "name"));
    const without = pasteCards(flow("Bare", []), copiedCards(source, ["compose1"]), ROOT, 0);
    expect(without.dropped).toBe(1);
  });

  it("drops a pasted mapping to a card that runs after the paste point", () => {
    const source = sample();
    const result = pasteCards(source, copiedCards(source, ["compose2"]), ROOT, 0);
    expect(result.ids).toEqual(["compose3"]);
    expect(result.flow.cards[0].inputs).toEqual({});
    expect(result.dropped).toBe(1);
  });
});

describe("disable and rename", () => {
  it("disables, enables and toggles cards, nested ones too", () => {
    const disabled = setDisabled(sample(), ["compose1", "split1"], true);
    expect(findCard(disabled.cards, "compose1")!.disabled).toBe(true);
    expect(findCard(disabled.cards, "split1")!.disabled).toBe(true);
    expect(setDisabled(disabled, ["compose1", "split1"], true)).toBe(disabled);
    const enabled = setDisabled(disabled, ["split1"], false);
    expect(findCard(enabled.cards, "split1")!.disabled).toBeUndefined();
    const toggled = toggleDisabled(enabled, ["compose1", "split1"]);
    expect(findCard(toggled.cards, "compose1")!.disabled).toBeUndefined();
    expect(findCard(toggled.cards, "split1")!.disabled).toBe(true);
  });

  it("renames a card, trimming; an empty name restores the catalog title", () => {
    const renamed = renameCard(sample(), "split1", "  Split names ");
    expect(findCard(renamed.cards, "split1")!.title).toBe("Split names");
    expect(renameCard(renamed, "split1", "Split names")).toBe(renamed);
    expect(findCard(renameCard(renamed, "split1", " ").cards, "split1")!.title).toBeUndefined();
  });
});

describe("container results", () => {
  it("sets and clears a block's result for the container's declared output", () => {
    const set = setBlockResult(sample(), "if1", "then", "parts", ref("split1", "output"));
    expect(findCard(set.cards, "if1")!.blocks![0].results).toEqual({ parts: ref("split1", "output") });
    expect(checkReferences(set)).toEqual([]);
    const cleared = setBlockResult(set, "if1", "then", "parts", undefined);
    expect(findCard(cleared.cards, "if1")!.blocks![0].results).toEqual({});
  });
});

describe("event fields", () => {
  it("adds, retypes and removes inputs, outputs and options; a list of a type included", () => {
    let edited = addEventField(sample(), "inputs", { key: "ids", type: { type: "list", items: { type: "number" } } });
    edited = addEventField(edited, "outputs", { key: "result", type: { type: "text" } });
    edited = addEventField(edited, "options", { key: "mode", type: { type: "text" }, enum: ["a", "b"] });
    expect(edited.event.inputs.map((field) => field.key)).toEqual(["name", "ids"]);
    edited = updateEventField(edited, "outputs", "result", { type: { type: "list", items: { type: "object" } } });
    expect(edited.event.outputs[0].type).toEqual({ type: "list", items: { type: "object" } });
    edited = removeEventField(edited, "options", "mode");
    expect(edited.event.options).toEqual([]);
  });

  it("renaming an event input rewrites the mappings that read it", () => {
    const renamed = updateEventField(sample(), "inputs", "name", { key: "fullName" });
    expect(renamed.event.inputs[0].key).toBe("fullName");
    expect(findCard(renamed.cards, "compose1")!.inputs.template).toEqual(ref("event", "fullName"));
    expect(checkReferences(renamed)).toEqual([]);
  });

  it("refuses a duplicate or malformed name, saying which", () => {
    expect(() => addEventField(sample(), "inputs", textField("name"))).toThrow(/already has input "name"/);
    expect(() => updateEventField(sample(), "inputs", "name", { key: "9lives" })).toThrow(AppError);
  });
});
