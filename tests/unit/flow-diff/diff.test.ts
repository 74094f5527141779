import { describe, expect, it } from "vitest";
import { diffFlows } from "@/lib/flow-diff";
import type { Card, Flow } from "@/lib/flow/model";

const card = (id: string, extra: Partial<Card> = {}): Card => ({ id, type: "text.concatenate", inputs: {}, ...extra });

const flow = (cards: Card[], extra: Partial<Flow> = {}): Flow => ({
  schemaVersion: 1,
  name: "Create User",
  kind: "action",
  folder: "Actions",
  enabled: false,
  saveAllData: true,
  version: 1,
  event: { type: "action", options: [], inputs: [{ key: "email", type: { type: "text" } }], outputs: [] },
  cards,
  ...extra,
});

describe("diffFlows", () => {
  it("finds nothing between a flow and its copy with another save counter", () => {
    const before = flow([card("a"), card("b")]);
    const after = structuredClone({ ...before, version: 7 });
    expect(diffFlows(before, after)).toEqual({ added: [], removed: [], changed: [], flow: [], identical: true });
  });

  it("lists added and removed cards, also inside containers, without moving their neighbours", () => {
    const before = flow([
      card("a"),
      card("if", {
        type: "branching.ifElse",
        blocks: [
          { id: "then", cards: [card("x")] },
          { id: "else", cards: [] },
        ],
      }),
    ]);
    const after = flow([
      card("new"),
      card("a"),
      card("if", {
        type: "branching.ifElse",
        blocks: [
          { id: "then", cards: [] },
          { id: "else", cards: [card("y")] },
        ],
      }),
    ]);
    const diff = diffFlows(before, after);
    expect(diff.added.map((item) => item.id)).toEqual(["new", "y"]);
    expect(diff.removed.map((item) => item.id)).toEqual(["x"]);
    expect(diff.changed).toEqual([]);
  });

  it("reports changed mappings with before and after, and renamed or disabled cards", () => {
    const before = flow([card("a", { inputs: { text1: { kind: "literal", value: "Bearer " } } })]);
    const after = flow([
      card("a", {
        title: "Bearer header",
        disabled: true,
        inputs: {
          text1: { kind: "literal", value: "Bearer " },
          text2: { kind: "ref", card: "event", path: ["email"] },
        },
      }),
    ]);
    const [change] = diffFlows(before, after).changed;
    expect(change.properties).toEqual(["title", "disabled"]);
    expect(change.mappings).toEqual([
      { field: "text2", before: undefined, after: { kind: "ref", card: "event", path: ["email"] } },
    ]);
    expect(change.title).toBe("Bearer header");
  });

  it("reports block conditions and results, moves across sequences and flow-level changes", () => {
    const condition = { kind: "literal", value: true } as const;
    const before = flow([
      card("a"),
      card("tryCard", {
        type: "error.ifError",
        blocks: [
          { id: "try", cards: [] },
          { id: "catch", cards: [] },
        ],
      }),
    ]);
    const after = flow(
      [
        card("tryCard", {
          type: "error.ifError",
          blocks: [
            { id: "try", cards: [card("a")], inputs: { condition } },
            { id: "catch", cards: [] },
          ],
        }),
      ],
      { name: "Create User v2", enabled: true },
    );
    const diff = diffFlows(before, after);
    expect(diff.flow).toEqual(["name", "enabled"]);
    const moved = diff.changed.find((item) => item.id === "a");
    expect(moved?.moved).toEqual({
      from: { container: null, block: null, index: 0 },
      to: { container: "tryCard", block: "try", index: 0 },
    });
    const container = diff.changed.find((item) => item.id === "tryCard");
    expect(container?.mappings).toEqual([{ field: "try/condition", before: undefined, after: condition }]);
    expect(diff.identical).toBe(false);
  });
});
