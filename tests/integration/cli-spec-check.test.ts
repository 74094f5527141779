// `ib spec check` run as a user runs it, stdout parsed as JSON.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runIb } from "@/tests/helpers/ib-cli";
import { INVALID_SPECS_DIR, specPath } from "@/tests/helpers/paths";

const ib = (...args: string[]) => runIb(args);

describe("ib spec check", () => {
  it("prints one JSON object for an accepted spec", async () => {
    const { code, stdout } = await ib("spec", "check", specPath("learn-v3.1-tictactoe.yaml"), "--json");
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ ok: true, oasVersion: "3.1.0", title: "Tic Tac Toe", operations: 3, webhooks: 1 });
    expect(report.securitySchemes).toContainEqual({ name: "defaultApiKey", type: "apiKey", in: "header" });
    expect(report.securitySchemes).toContainEqual({ name: "bearerHttpAuthentication", type: "http", scheme: "bearer" });
    expect(report.securitySchemes).toContainEqual({
      name: "app2AppOauth",
      type: "oauth2",
      flows: ["clientCredentials"],
    });
    expect(report.warnings).toHaveLength(1);
    expect(report.warnings[0].location.pointer).toBe(
      "/components/securitySchemes/bearerHttpAuthentication/bearerFormat",
    );
  });

  it("exits 1 with the errors of a rejected spec", async () => {
    const file = join(INVALID_SPECS_DIR, "oai-v2.0-petstore.swagger2.yaml");
    const { code, stdout } = await ib("spec", "check", file, "--json");
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.ok).toBe(false);
    expect(report.errors[0]).toMatchObject({
      message: expect.stringContaining("Swagger 2.0"),
      location: { file, pointer: "/swagger" },
    });
  });

  it("says clearly when the file does not exist", async () => {
    const { code, stdout } = await ib("spec", "check", "/no/such/spec.yaml", "--json");
    expect(code).toBe(1);
    expect(JSON.parse(stdout).errors[0].message).toContain("no such file");
  });

  it("prints a readable summary without --json", async () => {
    const { code, stdout } = await ib("spec", "check", specPath("readme-3.0-security.json"));
    expect(code).toBe(0);
    expect(stdout).toContain("operations: 15, webhooks: 0");
    expect(stdout).toMatch(/openIdConnect/);
  });
});
