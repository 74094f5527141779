// How `ib` commands fail: one JSON object with errors that say what and where, exit code 1, nothing changed.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ibWithTempData } from "@/tests/helpers/ib-cli";
import { INVALID_SPECS_DIR } from "@/tests/helpers/paths";

const { dir, ib } = ibWithTempData();

describe("ib errors", () => {
  it("answers not found for an unknown project id", async () => {
    const result = await ib("project", "show", "no-such-project", "--json");
    expect(result.code).toBe(1);
    expect(result.json).toEqual({
      ok: false,
      code: "not_found",
      errors: [{ message: "Project no-such-project not found" }],
    });
  });

  it("locates a JSON syntax error in a file by line and column", async () => {
    const file = join(dir, "broken.json");
    writeFileSync(file, '{\n  "displayName": "Broken",\n  "description": oops\n}\n');
    const result = await ib("oin-app", "create", "--file", file, "--json");
    expect(result.code).toBe(1);
    expect(result.json.errors[0]).toMatchObject({
      message: expect.stringContaining("line 3, column 18"),
      location: { file, line: 3, column: 18 },
    });
  });

  it("locates validation problems in the file they come from", async () => {
    const file = join(dir, "empty-app.json");
    writeFileSync(file, "{}");
    const result = await ib("oin-app", "create", "--file", file, "--json");
    expect(result.code).toBe(1);
    expect(result.json.errors).toContainEqual({
      message: "Display name is required",
      location: { file, field: "displayName" },
    });
  });

  it("refuses a spec upload with the errors and their locations, keeping the project unchanged", {
    timeout: 60_000,
  }, async () => {
    const project = await ib("project", "create", "--name", "Refusals", "--json");
    const projectId = project.json.project.id;
    const result = await ib(
      "spec",
      "upload",
      projectId,
      join(INVALID_SPECS_DIR, "oai-v2.0-petstore.swagger2.yaml"),
      "--json",
    );
    expect(result.code).toBe(1);
    expect(result.json.errors[0]).toMatchObject({
      message: expect.stringContaining("Swagger 2.0"),
      location: { file: "oai-v2.0-petstore.swagger2.yaml", pointer: "/swagger" },
    });
    expect((await ib("spec", "versions", projectId, "--json")).json).toEqual({ versions: [] });
  });

  it("prints usage for a missing argument and help for --help", async () => {
    const missing = await ib("connection", "show", "--json");
    expect(missing.code).toBe(1);
    expect(missing.json.errors[0].message).toBe("usage: ib connection show CONNECTION_ID [--json]");
    const help = await ib("flow", "run", "--help");
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("ib flow run FLOW_ID [--input JSON] [--connection CONNECTION_ID] [--json]");
  });
});
