// Every document of the shared corpus: accepted ones match MANIFEST.md counts, rejected ones name their problem.
import { readFileSync, statSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ingestSpec } from "@/lib/spec/ingest";
import { INVALID_SPECS_DIR, SPECS_DIR, invalidSpecFiles, specPath, validSpecFiles } from "@/tests/helpers/paths";
import { join } from "node:path";

/** `| \`file\` | OAS | format | size | 3 (+1 webhooks) | ...` rows of the accepted-documents table. */
function manifestCounts(): Map<string, { operations: number; webhooks: number }> {
  const counts = new Map<string, { operations: number; webhooks: number }>();
  for (const line of readFileSync(join(SPECS_DIR, "MANIFEST.md"), "utf8").split("\n")) {
    const cells = line.split("|").map((cell) => cell.trim());
    const name = /^`([^`]+)`$/.exec(cells[1] ?? "")?.[1];
    const ops = /^(\d+)(?: \(\+(\d+) webhooks\))?$/.exec(cells[5] ?? "");
    if (name && !name.includes("/") && ops)
      counts.set(name, { operations: Number(ops[1]), webhooks: Number(ops[2] ?? 0) });
  }
  return counts;
}

const counts = manifestCounts();

describe("accepted corpus documents", () => {
  it("covers every file listed in MANIFEST.md", () => {
    expect([...counts.keys()].sort()).toEqual(validSpecFiles());
  });

  it.each(validSpecFiles())("%s is accepted with the MANIFEST counts", async (name) => {
    const result = await ingestSpec(readFileSync(specPath(name), "utf8"), { fileName: name });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.index.operations).toHaveLength(counts.get(name)!.operations);
    expect(result.index.webhooks).toHaveLength(counts.get(name)!.webhooks);
    expect(result.format).toBe(name.endsWith(".json") ? "json" : "yaml");
  });

  const large = validSpecFiles().filter((name) => statSync(specPath(name)).size > 100 * 1024);

  it.each(large)("%s (over 100 KB) has an index under a quarter of its text", async (name) => {
    const text = readFileSync(specPath(name), "utf8");
    const result = await ingestSpec(text, { fileName: name });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(JSON.stringify(result.index).length / text.length).toBeLessThanOrEqual(0.25);
  });
});

/** The phrase each rejection must contain, and where it must point. */
const REJECTIONS: Record<string, { phrase: string; pointer?: string; line?: number }> = {
  "asyncapi-streetlights-kafka.not-openapi.yml": { phrase: "AsyncAPI", pointer: "/asyncapi" },
  "digitalocean-public.v2.external-refs.yaml": { phrase: "external $ref" },
  "empty.json": { phrase: "empty" },
  "json-schema-ref-parser-invalid.broken.yaml": { phrase: "invalid YAML at line 2", line: 2 },
  "oai-v2.0-petstore-expanded.swagger2.json": {
    phrase: "only OpenAPI 3.0 or later is supported; this file is Swagger 2.0",
    pointer: "/swagger",
  },
  "oai-v2.0-petstore.swagger2.yaml": { phrase: "Swagger 2.0", pointer: "/swagger" },
  "oai-v3.0-api-with-examples.broken-indent.yaml": { phrase: "line 43", line: 43 },
  "oai-v3.1-security-scheme-object-examples.url-ref.yaml": {
    phrase: 'external $ref "https://example.com/api/openapi.json',
    pointer: "/components/securitySchemes/external/$ref",
  },
  "okta-oag-oneOfInheritance-noExamples.dangling-ref.yaml": { phrase: "#/components/examples/AuthRequest" },
  "postman-petstore.collection.not-openapi.json": { phrase: "Postman" },
  "swagger-parser-no-paths-or-webhooks.yaml": { phrase: 'full version such as "3.1.0"', pointer: "/openapi" },
};

/** Policy decisions recorded in the brief. */
const ACCEPTED_FROM_INVALID: Record<string, { operations: number; warnings: boolean }> = {
  "learn-v3.2-tags-example.oas32.yaml": { operations: 4, warnings: false },
  "okta-opa-minimal.schema-invalid.yaml": { operations: 194, warnings: true },
};

describe("the invalid/ corpus", () => {
  it("has an expectation for every file", () => {
    expect([...Object.keys(REJECTIONS), ...Object.keys(ACCEPTED_FROM_INVALID)].sort()).toEqual(invalidSpecFiles());
  });

  it.each(Object.entries(REJECTIONS))("%s is rejected naming its problem", async (name, expected) => {
    const result = await ingestSpec(readFileSync(join(INVALID_SPECS_DIR, name), "utf8"), { fileName: name });
    if (result.ok) throw new Error(`${name} was accepted`);
    const problem = result.errors.find((error) => error.message.includes(expected.phrase));
    expect(problem, JSON.stringify(result.errors)).toBeDefined();
    expect(problem!.location?.file).toBe(name);
    if (expected.pointer !== undefined) expect(problem!.location?.pointer).toBe(expected.pointer);
    if (expected.line !== undefined) expect(problem!.location?.line).toBe(expected.line);
  });

  it("names the JSON pointer of the dangling $ref", async () => {
    const name = "okta-oag-oneOfInheritance-noExamples.dangling-ref.yaml";
    const result = await ingestSpec(readFileSync(join(INVALID_SPECS_DIR, name), "utf8"));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0].location?.pointer).toBe(
      "/paths/~1api~1v2~1oauth~1token/post/requestBody/content/application~1x-www-form-urlencoded/examples/AuthRequest/$ref",
    );
  });

  it.each(Object.entries(ACCEPTED_FROM_INVALID))("%s is accepted by policy", async (name, expected) => {
    const result = await ingestSpec(readFileSync(join(INVALID_SPECS_DIR, name), "utf8"), { fileName: name });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.index.operations).toHaveLength(expected.operations);
    expect(result.warnings.length > 0).toBe(expected.warnings);
  });
});
