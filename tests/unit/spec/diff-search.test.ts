// Diff between two versions of an API, and operation search, over real indexes.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { diffOperations } from "@/lib/spec/diff";
import { ingestSpec } from "@/lib/spec/ingest";
import { searchOperations } from "@/lib/spec/search";
import type { SpecIndex } from "@/lib/spec/types";
import { specPath } from "@/tests/helpers/paths";
import { parse, stringify } from "yaml";

async function indexOf(text: string): Promise<SpecIndex> {
  const result = await ingestSpec(text);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.index;
}

describe("diffOperations", () => {
  it("reports added, removed and changed operations in words", async () => {
    const original = readFileSync(specPath("oai-v3.0-petstore.yaml"), "utf8");
    const edited = parse(original);
    delete edited.paths["/pets/{petId}"];
    edited.paths["/owners"] = { get: { summary: "List owners", responses: { "200": { description: "ok" } } } };
    const listPets = edited.paths["/pets"].get;
    listPets.summary = "List every pet";
    listPets.parameters.push({ name: "kind", in: "query", schema: { type: "string" } });
    listPets.security = [{ key: [] }];

    const diff = diffOperations(await indexOf(original), await indexOf(stringify(edited)));
    expect(diff.added.map((op) => `${op.method} ${op.path}`)).toEqual(["get /owners"]);
    expect(diff.removed.map((op) => `${op.method} ${op.path}`)).toEqual(["get /pets/{petId}"]);
    expect(diff.changed).toHaveLength(1);
    expect(diff.changed[0].before.path).toBe("/pets");
    expect(diff.changed[0].changes).toEqual(["summary changed", "parameter kind added", "security changed"]);
  });

  it("finds no difference between a spec and itself", async () => {
    const index = await indexOf(readFileSync(specPath("twilio-api-v2010.json"), "utf8"));
    expect(diffOperations(index, index)).toEqual({ added: [], removed: [], changed: [] });
  });
});

describe("searchOperations", () => {
  it("matches every word, case-insensitively, across path, method, tag, operationId and summary", async () => {
    const index = await indexOf(readFileSync(specPath("readme-3.0-petstore.json"), "utf8"));
    const found = searchOperations(index, "PET  findByStatus");
    expect(found.map((op) => op.operationId)).toEqual(["findPetsByStatus"]);
    expect(
      searchOperations(index, "delete pet").every((op) => op.method === "delete" || /delete/i.test(op.summary ?? "")),
    ).toBe(true);
    expect(searchOperations(index, "store").length).toBeGreaterThan(0);
    expect(searchOperations(index, "pet nosuchword")).toEqual([]);
    expect(searchOperations(index, "  ")).toHaveLength(index.operations.length);
  });
});
