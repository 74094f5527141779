// A bundle is read leniently: whatever its flows hold, the validator reports rule by rule and never throws;
// only a document that is not a bundle at all is refused.
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { validateBundle } from "@/lib/project-validation/bundle-view";
import { validateFlow } from "@/lib/validator/validate";
import { CONTRACTS, callFlow, flow, validBundle } from "../../helpers/validator-fixtures";

describe("reading a bundle leniently", () => {
  it("reports garbage flows and auth configurations with codes instead of throwing", () => {
    const garbage = [
      null,
      42,
      "flow",
      { cards: "none" },
      {
        name: 5,
        kind: "helper",
        event: { type: 7, inputs: "x" },
        cards: [{ id: 1, type: "flow.assign", blocks: "x", inputs: { a: { kind: "ref" }, b: 3 } }, "card"],
      },
    ];
    const report = validateBundle(
      validBundle(garbage, { authConfigurations: [null, { name: "Odd", type: "nope" }, 7], tenantVariables: "x" }),
      { contracts: CONTRACTS },
    );
    expect(report.ok).toBe(false);
    expect(report.errors.length).toBeGreaterThan(5);
    for (const entry of report.errors) expect(entry.code).toMatch(/^(CBDE0000\d\dH|IB\d{4})$/);
    const codes = new Set(report.errors.map((entry) => entry.code));
    for (const code of ["IB1000", "IB1001", "CBDE000003H"]) expect(codes).toContain(code);
  });

  it("refuses a document that is not a bundle, saying what a bundle is", () => {
    for (const document of [null, [], "bundle", { flows: "none" }, {}]) {
      expect(() => validateBundle(document)).toThrow(AppError);
      expect(() => validateBundle(document)).toThrow(/Not a bundle/);
    }
  });
});

describe("validating one flow as it is edited", () => {
  it("checks the edited copy, not the stored one, and finds cycles through the project's other flows", () => {
    const stored = flow("Loop A", "helper");
    const other = flow("Loop B", "helper", [callFlow("back", "Loop A")]);
    const view = {
      flows: [stored, other],
      oinApp: null,
      tenantVariables: [],
      authConfigurations: [],
      passedContracts: [],
    };
    expect(validateFlow(stored, view)).toEqual([]);
    const edited = { ...stored, cards: [callFlow("call", "Loop B")] };
    expect(validateFlow(edited, view)).toEqual([
      expect.objectContaining({
        code: "IB2007",
        flow: "Loop A",
        card: "call",
        field: "flow",
        pointer: "/cards/0/options/flow",
      }),
    ]);
  });
});
