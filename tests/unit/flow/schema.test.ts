import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { AppError } from "../../../lib/errors";
import { parseFlow } from "../../../lib/flow/schema";
import { FLOW_SCHEMA_FILE, flowSchemaText } from "../../../scripts/export-flow-schema";
import { card, flow, ref } from "../engine/flow-builder";

function problemsOf(json: unknown) {
  try {
    parseFlow(json);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return (error as AppError).problems.map((problem) => `${problem.location?.pointer} ${problem.message}`);
  }
  throw new Error("parseFlow accepted the document");
}

const valid = () =>
  JSON.parse(
    JSON.stringify(
      flow("Sample", [
        card("a", "text.uppercase", { text: ref("event", "name") }),
        card("b", "error.ifError", {}, { blocks: [{ id: "try", cards: [card("c", "text.trim", { text: "x" })] }] }),
      ]),
    ),
  );

describe("flow schema", () => {
  it("is committed as docs/flow.schema.json exactly as generated", () => {
    expect(readFileSync(FLOW_SCHEMA_FILE, "utf8")).toBe(flowSchemaText());
  });

  it("admits a valid flow unchanged", () => {
    const document = valid();
    expect(parseFlow(document)).toEqual(document);
  });

  it("points at each problem", () => {
    const document = valid();
    document.schemaVersion = 2;
    delete document.folder;
    document.kind = "robot";
    document.cards[0].inputs.text = { kind: "ref", card: "event" };
    document.cards[1].blocks[0].cards[0].inputs.text = { kind: "magic" };
    document.cards[1].colour = "red";
    document.event.inputs.push({ key: "n", type: { type: "list" } });
    const problems = problemsOf(document);
    expect(problems).toEqual(
      expect.arrayContaining([
        "/schemaVersion must be 1",
        '/folder missing required property "folder"',
        expect.stringMatching(/^\/kind must be one of: "helper"/),
        '/cards/0/inputs/text/path missing required property "path"',
        expect.stringMatching(/^\/cards\/1\/blocks\/0\/cards\/0\/inputs\/text\/kind "kind"/),
        '/cards/1/colour unknown property "colour"',
        '/event/inputs/0/type/items missing required property "items"',
      ]),
    );
  });

  it("refuses duplicate card ids, the reserved id and an event that does not fit the kind", () => {
    const document = valid();
    document.cards[1].blocks[0].cards[0].id = "a";
    document.event.type = "authping";
    expect(problemsOf(document)).toEqual([
      '/event/type a helper flow starts with the "helperFlow" event, not "authping"',
      '/cards/1/blocks/0/cards/0/id duplicate card id "a"',
    ]);
    const reserved = valid();
    reserved.cards[0].id = "event";
    expect(problemsOf(reserved)).toContain('/cards/0/id "event" is reserved for the event card');
  });

  it("refuses what is not an object", () => {
    expect(problemsOf("flow")).toEqual([" must be object"]);
  });
});
