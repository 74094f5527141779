// `ib generate` records the app's capabilities in the bundle (--capabilities, default from the contracts drafted), so
// `ib validate` on the bundle alone applies the mandatory-operation rules instead of stopping at IB4001.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningRestDemo, startRestDemo } from "@/demo/rest/server";
import { runIb } from "../helpers/ib-cli";

const dir = mkdtempSync(join(tmpdir(), "ib-generate-capabilities-"));
const spec = join(dir, "rest-demo.json");
let demo: RunningRestDemo;

beforeAll(async () => {
  demo = await startRestDemo();
  writeFileSync(spec, JSON.stringify(demo.openapi()));
});

afterAll(async () => {
  await demo?.close();
});

const ib = (...args: string[]) => runIb(args);
const read = (path: string) => JSON.parse(readFileSync(path, "utf8"));
const codes = (stdout: string) => (JSON.parse(stdout).errors as { code: string }[]).map((entry) => entry.code);

describe("ib generate --capabilities", () => {
  it("records the capabilities of the contracts drafted, and the bundle validates with the mandatory rules", async () => {
    const out = join(dir, "all.bundle.json");
    const generated = await ib("generate", spec, "--auth", "apiToken", "--actions", "all", "--out", out);
    expect(generated.code, generated.stderr).toBe(0);
    expect(generated.stdout).toContain("Capabilities: provisioning, universalLogout (from the contracts drafted");
    expect(read(out).oinApp).toEqual({ capabilities: ["provisioning", "universalLogout"] });

    const validated = await ib("validate", out, "--json");
    expect(validated.code, validated.stdout).toBe(0);
    expect(codes(validated.stdout)).not.toContain("IB4001");

    // Without its List Users flow, the provisioning bundle breaks a mandatory operation.
    const bundle = read(out);
    bundle.flows = bundle.flows.filter((flow: { name: string }) => flow.name !== "Provisioning List Users");
    const broken = join(dir, "without-list-users.bundle.json");
    writeFileSync(broken, JSON.stringify(bundle));
    const refused = await ib("validate", broken, "--json");
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.stdout).errors).toContainEqual(
      expect.objectContaining({
        code: "IB4004",
        severity: "error",
        message: expect.stringContaining("Provisioning List Users is required for provisioning"),
      }),
    );
  });

  it("records the capabilities given, in the catalog's order", async () => {
    const out = join(dir, "chosen.bundle.json");
    const generated = await ib(
      "generate",
      spec,
      "--actions",
      "provisioning",
      "--capabilities",
      "universalLogout, provisioning",
      "--out",
      out,
      "--json",
    );
    expect(generated.code, generated.stderr).toBe(0);
    expect(JSON.parse(generated.stdout).capabilities).toEqual(["provisioning", "universalLogout"]);
    expect(read(out).oinApp).toEqual({ capabilities: ["provisioning", "universalLogout"] });
    // Universal Logout is on, but no Universal Logout flow was drafted: its own rule says so.
    const validated = await ib("validate", out, "--json");
    expect(validated.code).toBe(1);
    expect(codes(validated.stdout)).toContain("IB4006");
  });

  it("refuses an unknown capability, naming the option and the choices", async () => {
    const generated = await ib("generate", spec, "--capabilities", "provisioning,sso", "--out", join(dir, "x.json"));
    expect(generated.code).not.toBe(0);
    expect(generated.stderr).toContain(
      '--capabilities takes a comma-separated list of provisioning, entitlementManagement, universalLogout (got "provisioning,sso")',
    );
  });

  it("records none without drafted actions or --capabilities: validation asks for the OIN app (IB4001)", async () => {
    const out = join(dir, "core.bundle.json");
    const generated = await ib("generate", spec, "--auth", "apiToken", "--out", out);
    expect(generated.code, generated.stderr).toBe(0);
    expect(read(out).oinApp).toBeUndefined();
    const validated = await ib("validate", out, "--json");
    expect(codes(validated.stdout)).toContain("IB4001");
  });
});
