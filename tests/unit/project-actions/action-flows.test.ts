// Action flows from their contract: the event's typed body, the mapping scope offering contract fields at any depth
// with their types, test flows sampled from the input schema, and outputs judged by the contract.
import { describe, expect, it } from "vitest";
import { scopeAt } from "@/lib/cards/scope";
import { CONTRACTS, findContract } from "@/lib/contracts/catalog";
import { ENTERPRISE_USER_URN } from "@/lib/contracts/shapes";
import { validatorFor } from "@/lib/validation/ajv";
import { actionChoices } from "@/lib/project-actions/choices";
import { actionFlowDocument, sampleInputs, testFlowDocument } from "@/lib/project-actions/documents";
import { contractViolations, judge, testCaseOf } from "@/lib/project-actions/test-case";
import type { RunResult } from "@/lib/engine/types";
import type { Flow } from "@/lib/flow/model";
import { validateFlow } from "@/lib/validator/validate";

const createUser = findContract("Provisioning Create User")!;

describe("an action flow's scope", () => {
  it("offers the contract's fields by name at any depth, typed, below the event inputs", () => {
    const flow = actionFlowDocument(createUser);
    const scope = scopeAt(flow, "returnOutputs");
    const byLabel = new Map(scope.map((field) => [field.label ?? field.key, field]));
    expect(byLabel.get("user")).toMatchObject({ card: "event", key: "user", type: { type: "object" } });
    expect(byLabel.get("user.name.givenName")).toMatchObject({
      key: "user",
      path: ["name", "givenName"],
      type: { type: "text" },
    });
    expect(byLabel.get("user.emails")?.type).toMatchObject({ type: "list", items: { type: "object" } });
    expect(byLabel.get("user.active")?.type).toEqual({ type: "boolean" });
    expect(byLabel.has("user.emails[].value")).toBe(false);
    // The enterprise extension's property name holds dots: it is one path segment.
    expect(byLabel.get(`user.${ENTERPRISE_USER_URN}.department`)).toMatchObject({
      path: [ENTERPRISE_USER_URN, "department"],
      type: { type: "text" },
    });
  });

  it("offers nothing nested for flows that are not actions", () => {
    const flow = { ...actionFlowDocument(createUser), kind: "helper" as const };
    expect(scopeAt(flow, "returnOutputs").every((field) => field.path === undefined)).toBe(true);
  });
});

describe("test flows", () => {
  it.each(CONTRACTS.map((contract) => [contract.name, contract] as const))(
    "%s: the sampled inputs conform to the contract's input schema",
    (_name, contract) => {
      expect(validatorFor(contract.input)(sampleInputs(contract))).toBe(true);
    },
  );

  it("calls the action flow with its inputs as literal values", () => {
    const action = actionFlowDocument(createUser);
    const test = testFlowDocument(action, createUser, "Test it", { user: { userName: "a" } });
    expect(testCaseOf(test)).toMatchObject({ actionFlow: action.name, inputs: { user: { userName: "a" } } });
    const mapped = structuredClone(test);
    mapped.cards[0].inputs.user = { kind: "ref", card: "event", path: ["x"] };
    expect(() => testCaseOf(mapped)).toThrow(/must be a value/);
    expect(() => testCaseOf(action)).toThrow(/not a test flow/);
  });

  it("may call the action flow it tests; a helper flow may not (IB2005)", () => {
    const action = actionFlowDocument(createUser);
    const test = testFlowDocument(action, createUser, "Test it");
    const project = {
      flows: [action, test],
      oinApp: null,
      tenantVariables: [],
      authConfigurations: [],
      passedContracts: [],
    };
    const codes = (flow: Flow) => validateFlow(flow, project).map((diagnostic) => diagnostic.code);
    expect(codes(test)).not.toContain("IB2005");
    expect(codes({ ...test, kind: "helper", event: { ...test.event, type: "helperFlow" } })).toContain("IB2005");
  });

  it("judges outputs by the contract, each violation at its JSON pointer", () => {
    expect(contractViolations(createUser, { executionStatus: { status: "SUCCEEDED" } })).toEqual([]);
    expect(
      contractViolations(createUser, { user: { active: "yes" }, extra: 1 }).map((problem) => problem.location?.pointer),
    ).toEqual(expect.arrayContaining(["/executionStatus", "/user/active", "/extra"]));
    const test = testFlowDocument(actionFlowDocument(createUser), createUser, "T");
    const run = { ok: true, outputs: { executionStatus: { status: "NOPE" } } } as unknown as RunResult;
    const { outcome, record } = judge(test, testCaseOf(test), run);
    expect(outcome.passed).toBe(false);
    expect(record).toMatchObject({ ok: false, error: { code: "CONTRACT_VIOLATION" } });
  });
});

describe("Add Action choices", () => {
  const app = (capabilities: ("provisioning" | "entitlementManagement" | "universalLogout")[], sso = false) => ({
    displayName: "Acme",
    capabilities,
    ssoProtocol: sso ? ("oidc" as const) : null,
  });
  const available = (choices: ReturnType<typeof actionChoices>) =>
    choices.filter((choice) => choice.available).map((choice) => choice.capability);

  it("gates each contract by the app's capabilities", () => {
    expect(new Set(available(actionChoices(app(["provisioning"]))))).toEqual(new Set(["provisioning"]));
    expect(
      new Set(available(actionChoices(app(["provisioning", "entitlementManagement", "universalLogout"], true)))),
    ).toEqual(new Set(["provisioning", "entitlementManagement", "universalLogout"]));
    const noSso = actionChoices(app(["universalLogout"]));
    expect(noSso.find((choice) => choice.capability === "universalLogout")?.reason).toMatch(/needs SSO/);
    expect(noSso.find((choice) => choice.capability === "entitlementManagement")?.reason).toMatch(/needs Provisioning/);
  });
});
