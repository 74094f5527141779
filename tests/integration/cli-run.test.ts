// `ib run` as a user runs it, on a bundle written by `ib generate`; no server needed for these cases.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runIb } from "../helpers/ib-cli";
import { specPath } from "../helpers/paths";
import { freePort } from "../helpers/servers/prism";

const dir = mkdtempSync(join(tmpdir(), "ib-cli-run-"));
const bundle = join(dir, "bundle.json");

const ib = (...args: string[]) => runIb(args);

beforeAll(async () => {
  const generated = await ib("generate", specPath("readme-3.0-security.json"), "--auth", "bearer", "--out", bundle);
  expect(generated.code).toBe(0);
  expect(generated.stdout).toContain("_authping has no operation");
}, 60_000);

describe("ib run", () => {
  it("exits 1 with the flow's error when the flow fails", async () => {
    const { code, stdout } = await ib(
      "run",
      bundle,
      "--flow",
      "Custom API Action",
      "--input",
      '{"request_type":"GET","relative_url":"users"}',
      "--base-url",
      "http://127.0.0.1:9",
      "--set",
      "token=t",
      "--json",
    );
    expect(code).toBe(1);
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({
      ok: false,
      error: { message: "Relative URL must start with /", card: "checkRelativeUrl" },
    });
    expect(Array.isArray(result.trace)).toBe(true);
  });

  it("reports a connection failure through _authping's catch block, with a connection file", async () => {
    const port = await freePort();
    const connection = join(dir, "connection.json");
    writeFileSync(
      connection,
      JSON.stringify({
        name: "local",
        authConfigId: "bearer",
        server: { protocol: "http", host: "127.0.0.1", port },
        parameters: { token: "secret-token-1" },
      }),
    );
    const { code, stdout } = await ib("run", bundle, "--flow", "_authping", "--connection", connection, "--json");
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.outputs.working).toBe(false);
    expect(stdout).not.toContain("secret-token-1");
  });

  it("says what is wrong with the command line", async () => {
    const missing = await ib("run", bundle, "--flow", "nope", "--base-url", "http://127.0.0.1:9", "--set", "token=t");
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no flow named "nope".*"httpHelper"/);

    const noToken = await ib("run", bundle, "--flow", "_authping", "--base-url", "http://127.0.0.1:9", "--json");
    expect(noToken.code).toBe(1);
    expect(JSON.parse(noToken.stdout).errors[0]).toMatchObject({
      message: "Token is required.",
      location: { field: "token" },
    });

    const both = await ib("run", bundle, "--flow", "_authping");
    expect(both.stderr).toMatch(/exactly one of --connection FILE or --base-url URL/);

    const unknownAuth = join(dir, "unknown-auth.json");
    writeFileSync(
      unknownAuth,
      JSON.stringify({ name: "x", authConfigId: "missing", server: { host: "example.test" } }),
    );
    const badAuth = await ib("run", bundle, "--flow", "_authping", "--connection", unknownAuth);
    expect(badAuth.stderr).toMatch(
      /authConfigId "missing" names no auth configuration of the bundle \(it has "bearer"\)/,
    );

    const broken = join(dir, "broken.json");
    writeFileSync(broken, "{ nope");
    const badBundle = await ib("run", broken, "--flow", "_authping", "--base-url", "http://127.0.0.1:9");
    expect(badBundle.stderr).toMatch(/not valid JSON/);
  });
});
