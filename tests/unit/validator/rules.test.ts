// A fixture per rule: a minimal bundle that breaks exactly that rule yields exactly its code, and the fixed bundle
// yields nothing. Driven over every rule in the registry: a rule without a fixture fails the test.
import { describe, expect, it } from "vitest";
import type { Flow, ValueType } from "@/lib/flow/model";
import { RULES } from "@/lib/validator/registry";
import { validateBundle } from "@/lib/project-validation/bundle-view";
import {
  action,
  assign,
  callFlow,
  CONTRACTS,
  flow,
  LIST_USERS,
  listUsers,
  lit,
  ref,
  returnOutputs,
  SUCCEEDED,
  T,
  UNIVERSAL_LOGOUT,
  universalLogout,
  validBundle,
} from "../../helpers/validator-fixtures";

interface Fixture {
  bundle: unknown;
  /** Contracts with a passing test, known outside the bundle. */
  passed?: string[];
}
type Case = { broken: Fixture; fixed: Fixture };

const withFlows = (...flows: unknown[]): Fixture => ({ bundle: validBundle(flows as Flow[]) });
const off = (value: Flow): Flow => ({ ...value, enabled: false });
const helper = (name: string, cards = [] as Flow["cards"], extra: Partial<Flow> = {}) =>
  flow(name, "helper", cards, extra);
const withHelperOff = (): Fixture => {
  const bundle = validBundle();
  bundle.flows = bundle.flows.map((entry) => ((entry as Flow).name === "httpHelper" ? off(entry as Flow) : entry));
  return { bundle };
};
const linkedTo = (capabilities: string[], flows: Flow[], passed?: string[]): Fixture => ({
  bundle: validBundle(flows, { oinApp: { capabilities } }),
  passed,
});
const customAuth = { name: "Api", type: "custom", settings: {}, configValues: [] };
const tenantParameter = [{ label: "Tenant", key: "tenant", type: "text", in: "header" }];

const CASES: Record<string, Case> = {
  CBDE000001H: {
    broken: withFlows(helper("Twice"), helper("Twice")),
    fixed: withFlows(helper("Twice"), off(helper("Twice"))),
  },
  CBDE000002H: {
    broken: withFlows({ ...helper("Hooked"), event: { type: "webhook", options: [], inputs: [], outputs: [] } }),
    fixed: withFlows(helper("Hooked")),
  },
  CBDE000003H: { broken: withFlows(helper("Bad_name")), fixed: withFlows(helper("Bad name")) },
  CBDE000004H: {
    broken: withFlows(flow("Second ping", "authping")),
    fixed: withFlows(off(flow("Second ping", "authping"))),
  },
  CBDE000005H: { broken: withFlows(helper("_authping")), fixed: withFlows(helper("Not authping")) },
  CBDE000006H: {
    broken: withFlows(flow("Revoke one", "revoke"), flow("Revoke two", "revoke")),
    fixed: withFlows(flow("Revoke one", "revoke"), off(flow("Revoke two", "revoke"))),
  },
  CBDE000007H: { broken: withFlows(flow("_revoke", "revoke")), fixed: withFlows(flow("Revoke", "revoke")) },
  IB1000: { broken: withFlows({ ...helper("Coloured"), colour: "red" }), fixed: withFlows(helper("Coloured")) },
  IB1001: {
    broken: withFlows((({ event: _event, ...rest }) => rest)(helper("No event"))),
    fixed: withFlows(helper("No event")),
  },
  IB1002: {
    broken: withFlows(helper("Odd", [{ id: "a", type: "text.nope", inputs: {} }])),
    fixed: withFlows(helper("Odd", [assign("a")])),
  },
  IB1003: {
    broken: withFlows(helper("Boxes", [{ ...assign("a"), blocks: [{ id: "then", cards: [] }] }])),
    fixed: withFlows(helper("Boxes", [assign("a")])),
  },
  IB1004: {
    broken: withFlows(helper("Ids", [assign("a"), assign("a")])),
    fixed: withFlows(helper("Ids", [assign("a"), assign("b")])),
  },
  IB2001: {
    broken: withFlows(helper("Fails", [{ id: "fail", type: "error.returnError", inputs: {} }])),
    fixed: withFlows(helper("Fails", [{ id: "fail", type: "error.returnError", inputs: { message: lit("No") } }])),
  },
  IB2002: {
    broken: withFlows(helper("Scope", [assign("a", { x: [T.text, ref("nowhere", "x")] })])),
    fixed: withFlows(helper("Scope", [assign("a", { x: [T.text, lit("here")] })])),
  },
  IB2003: (() => {
    const typed = (type: ValueType) => {
      const value = helper("Typed", [assign("a", { x: [type, ref("event", "o")] })]);
      value.event.inputs = [{ key: "o", type: T.object }];
      return value;
    };
    return { broken: withFlows(typed(T.number)), fixed: withFlows(typed(T.object)) };
  })(),
  IB2004: {
    broken: withFlows(helper("Caller", [callFlow("call", "Nowhere")])),
    fixed: withFlows(helper("Caller", [callFlow("call", "httpHelper")])),
  },
  IB2005: {
    broken: withFlows(helper("Caller", [callFlow("call", "_authping")])),
    fixed: withFlows(helper("Caller", [callFlow("call", "httpHelper")])),
  },
  IB2006: (() => {
    const needs = helper("Needs");
    needs.event.inputs = [{ key: "id", type: T.text, required: true }];
    return {
      broken: withFlows(needs, helper("Caller", [callFlow("call", "Needs")])),
      fixed: withFlows(
        needs,
        helper("Caller", [callFlow("call", "Needs", { id: lit("1") }, [{ key: "id", type: T.text }])]),
      ),
    };
  })(),
  IB2007: {
    broken: withFlows(helper("Loop A", [callFlow("call", "Loop B")]), helper("Loop B", [callFlow("call", "Loop A")])),
    fixed: withFlows(
      helper("Loop A", [callFlow("call", "Loop B")]),
      helper("Loop B", [callFlow("call", "httpHelper")]),
    ),
  },
  IB3001: {
    broken: withFlows(action("List Users", LIST_USERS, { executionStatus: SUCCEEDED })),
    fixed: withFlows(listUsers()),
  },
  IB3002: {
    broken: withFlows(action("List Users", LIST_USERS, { resources: [T.objects, lit([])] })),
    fixed: withFlows(listUsers()),
  },
  IB3003: {
    broken: withFlows(
      action("List Users", LIST_USERS, {
        resources: [T.objects, lit([])],
        executionStatus: SUCCEEDED,
        colour: [T.text, lit("red")],
      }),
    ),
    fixed: withFlows(listUsers()),
  },
  IB3004: {
    broken: withFlows(
      action("List Users", LIST_USERS, { resources: [T.text, lit("none")], executionStatus: SUCCEEDED }),
    ),
    fixed: withFlows(listUsers()),
  },
  IB4001: {
    broken: { bundle: validBundle([], { oinApp: undefined }) },
    fixed: { bundle: validBundle() },
  },
  IB4002: {
    broken: {
      bundle: validBundle([], { authConfigurations: [{ ...customAuth, parameters: tenantParameter, mapping: {} }] }),
    },
    fixed: {
      bundle: validBundle([], {
        tenantVariables: [{ label: "Tenant", name: "tenant" }],
        authConfigurations: [{ ...customAuth, parameters: tenantParameter, mapping: { tenant: "tenant" } }],
      }),
    },
  },
  IB4003: { broken: withHelperOff(), fixed: { bundle: validBundle() } },
  IB4004: {
    broken: linkedTo(["provisioning"], []),
    fixed: linkedTo(["provisioning"], [listUsers()], [LIST_USERS]),
  },
  IB4005: {
    broken: withFlows(action("Create Group", "Provisioning Create Group", { executionStatus: SUCCEEDED })),
    fixed: withFlows(
      action("Create Group", "Provisioning Create Group", { executionStatus: SUCCEEDED }),
      action("Remove Group", "Provisioning Remove Group", { executionStatus: SUCCEEDED }),
    ),
  },
  IB4006: {
    broken: linkedTo(["universalLogout"], []),
    fixed: linkedTo(["universalLogout"], [universalLogout()], [UNIVERSAL_LOGOUT]),
  },
  IB4007: {
    broken: linkedTo(["universalLogout"], [universalLogout()]),
    fixed: linkedTo(["universalLogout"], [universalLogout()], [UNIVERSAL_LOGOUT]),
  },
};

const codesOf = ({ bundle, passed }: Fixture) =>
  validateBundle(bundle, { contracts: CONTRACTS, passedContracts: passed }).errors;

describe("validator rules", () => {
  it("the valid base bundle passes every rule", () => {
    expect(codesOf({ bundle: validBundle() })).toEqual([]);
  });

  it("every rule has a fixture, and every fixture a rule", () => {
    expect(Object.keys(CASES).sort()).toEqual(RULES.map((rule) => rule.code).sort());
  });

  for (const rule of RULES) {
    describe(`${rule.code} ${rule.title}`, () => {
      it("the broken bundle yields exactly this code, with a message", () => {
        const fixture = CASES[rule.code];
        expect(fixture, `no fixture for ${rule.code}`).toBeDefined();
        const diagnostics = codesOf(fixture.broken);
        expect(diagnostics.length).toBeGreaterThan(0);
        expect(new Set(diagnostics.map((entry) => entry.code))).toEqual(new Set([rule.code]));
        for (const entry of diagnostics) {
          expect(entry.severity).toBe(rule.severity);
          expect(entry.message.length).toBeGreaterThan(10);
        }
      });

      it("the fixed bundle yields nothing", () => {
        expect(codesOf(CASES[rule.code].fixed)).toEqual([]);
      });
    });
  }
});

describe("where a diagnostic points", () => {
  it("names the flow, the card and the field, with the JSON pointer of the binding", () => {
    const [entry] = codesOf(CASES.IB2002.broken);
    expect(entry).toMatchObject({
      code: "IB2002",
      severity: "error",
      flow: "Scope",
      card: "a",
      field: "x",
      pointer: "/cards/0/inputs/x",
    });
    expect(entry.message).toContain('No card "nowhere"');
  });

  it("finds a Return Outputs card inside a container, and a path that ends without one", () => {
    const branching = action("List Users", LIST_USERS, {});
    branching.cards = [
      {
        id: "check",
        type: "branch.ifElse",
        inputs: { a: lit(1), comparison: lit("equal to"), b: lit(1) },
        blocks: [
          { id: "then", cards: [returnOutputs("ok", { resources: [T.objects, lit([])], executionStatus: SUCCEEDED })] },
          { id: "else", cards: [assign("nothing")] },
        ],
      },
    ];
    const diagnostics = codesOf(withFlows(branching));
    expect(diagnostics).toEqual([
      expect.objectContaining({ code: "IB3002", flow: "List Users", card: null, field: "executionStatus" }),
    ]);
  });
});
