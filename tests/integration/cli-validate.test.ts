// `ib validate` as a user runs it in CI: a real process on bundle files; exit 1 on any error, warnings listed.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ibWithTempData } from "../helpers/ib-cli";
import { assign, flow, lit, ref, T, validBundle } from "../helpers/validator-fixtures";

const { ib } = ibWithTempData();
const dir = mkdtempSync(join(tmpdir(), "ib-validate-"));
const write = (name: string, content: unknown) => {
  const file = join(dir, name);
  writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content));
  return file;
};

const helper = (name: string, cards = [] as ReturnType<typeof assign>[]) => flow(name, "helper", cards);

describe("ib validate", () => {
  it("reports a bundle with duplicate and reserved names rule by rule, and exits 1", async () => {
    const bundle = validBundle(
      [helper("Twice"), helper("Twice"), helper("_authping"), helper("Bad_name"), flow("_revoke", "revoke")],
      {
        oinApp: undefined,
      },
    );
    const { code, json } = await ib("validate", write("broken.json", bundle), "--json");
    expect(code).toBe(1);
    expect(json.ok).toBe(false);
    const codes = json.errors.map((entry: { code: string }) => entry.code);
    expect(new Set(codes)).toEqual(new Set(["CBDE000001H", "CBDE000003H", "CBDE000005H", "CBDE000007H", "IB4001"]));
    for (const entry of json.errors)
      expect(Object.keys(entry)).toEqual(
        expect.arrayContaining(["code", "severity", "flow", "card", "field", "message"]),
      );
    expect(json.errors).toContainEqual(
      expect.objectContaining({ code: "CBDE000001H", severity: "error", flow: "Twice", card: null, field: "name" }),
    );
  });

  it("says what and where in text, one line per diagnostic", async () => {
    const bundle = validBundle([helper("Scope", [assign("a", { x: [T.text, ref("nowhere", "x")] })])]);
    const { code, stdout } = await ib("validate", write("scope.json", bundle));
    expect(code).toBe(1);
    expect(stdout).toContain(
      'error IB2002 (flow "Scope", card "a", field "x"): Input "x" of card "a": No card "nowhere"',
    );
    expect(stdout).toContain("1 error(s), 0 warning(s)");
  });

  it("passes a valid bundle (exit 0) and lists warnings without failing", async () => {
    const valid = await ib("validate", write("valid.json", validBundle()), "--json");
    expect(valid.code).toBe(0);
    expect(valid.json).toEqual({ ok: true, errors: [] });

    const typed = helper("Typed", [assign("a", { x: [T.number, ref("event", "o")] })]);
    typed.event.inputs = [{ key: "o", type: T.object }];
    const warned = await ib("validate", write("warned.json", validBundle([typed])), "--json");
    expect(warned.code).toBe(0);
    expect(warned.json.ok).toBe(true);
    expect(warned.json.errors).toEqual([expect.objectContaining({ code: "IB2003", severity: "warning", card: "a" })]);
  });

  it("reads a flow that breaks the flow schema instead of refusing the bundle", async () => {
    const broken = { ...helper("Loose", [assign("a", { x: [T.text, lit("ok")] })]), enabled: "yes" };
    const { code, json } = await ib("validate", write("loose.json", validBundle([broken])), "--json");
    expect(code).toBe(1);
    expect(json.errors).toEqual([expect.objectContaining({ code: "IB1000", flow: "Loose", pointer: "/enabled" })]);
  });

  it("refuses only a file that is not a bundle at all, saying why and where", async () => {
    const notBundle = await ib("validate", write("array.json", [1, 2]), "--json");
    expect(notBundle.code).toBe(1);
    expect(notBundle.json.ok).toBe(false);
    expect(notBundle.json.errors[0].message).toContain("Not a bundle");

    const notJson = await ib("validate", write("broken-json.json", '{"flows": [\n  oops'), "--json");
    expect(notJson.code).toBe(1);
    expect(notJson.json.errors[0].location).toMatchObject({ line: 2 });

    const usage = await ib("validate", "--json");
    expect(usage.code).toBe(1);
    expect(usage.json.errors[0].message).toContain("usage: ib validate BUNDLE");
  });
});
