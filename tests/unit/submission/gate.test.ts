// The submission gate's requirements over a configuration: required operations and mapped all-or-none groups,
// mapped flows that are ready, the reviewers' details, and a certification passed within 48 hours.
import { describe, expect, it } from "vitest";
import type { StoredCertification } from "@/lib/certify/report";
import { EMPTY_CONFIGURATION, type IntegrationConfiguration } from "@/lib/oin/configuration";
import type { ConfigurationContext } from "@/lib/submission/configuration";
import {
  CERTIFICATION_VALID_MS,
  certificationProblems,
  completenessProblems,
  operationProblems,
} from "@/lib/submission/gate";

const action = (name: string, enabled = true) => ({ name, kind: "action", enabled, contract: name });
const LOGOUT = "Proprietary Universal Logout";

function context(changes: Partial<ConfigurationContext> = {}): ConfigurationContext {
  return {
    oinAppId: "app",
    status: "DRAFT",
    capabilities: ["universalLogout"],
    flows: [action(LOGOUT)],
    validation: { ok: true, errors: [] } as unknown as ConfigurationContext["validation"],
    ...changes,
  };
}
const configured = (operations: Record<string, string>): IntegrationConfiguration => ({
  ...EMPTY_CONFIGURATION,
  operations,
});
const messages = (problems: { message: string }[]) => problems.map((problem) => problem.message);

describe("operationProblems", () => {
  it("asks for every required operation of the enabled capabilities, at its field and pointer", () => {
    expect(operationProblems(context(), configured({}))).toEqual([
      {
        message: `IB5002: ${LOGOUT} (required for universalLogout) is not mapped to a flow in Configure your integration.`,
        location: { field: `operations.${LOGOUT}`, pointer: `/operations/${LOGOUT}` },
      },
    ]);
    expect(operationProblems(context(), configured({ [LOGOUT]: LOGOUT }))).toEqual([]);
  });

  it("asks for one operation of a capability that is on but whose operations are all optional", () => {
    const ENTITLEMENTS = "Provisioning List Entitlement Schema";
    const withEntitlements = context({ capabilities: ["provisioning", "entitlementManagement"], flows: [] });
    const [problem] = operationProblems(withEntitlements, configured({})).filter((found) =>
      found.message.includes("entitlementManagement is on"),
    );
    expect(problem).toEqual({
      message: expect.stringMatching(/^IB5002: entitlementManagement is on, but none of its operations/),
      location: { field: `operations.${ENTITLEMENTS}`, pointer: `/operations/${ENTITLEMENTS}` },
    });
    const mapped = configured({ [ENTITLEMENTS]: ENTITLEMENTS });
    expect(messages(operationProblems(withEntitlements, mapped)).join("\n")).not.toContain(
      "entitlementManagement is on",
    );
  });

  it("asks for the whole group once one operation of an all-or-none group is mapped", () => {
    const provisioning = context({
      capabilities: ["provisioning"],
      flows: [action("Provisioning Add Group Members")],
    });
    const found = messages(
      operationProblems(
        provisioning,
        configured({ "Provisioning Add Group Members": "Provisioning Add Group Members" }),
      ),
    );
    expect(found).toContain(
      "IB5002: Provisioning Remove Group Members (part of group membership, which is mapped all or none) is not mapped to a flow in Configure your integration.",
    );
    expect(found.some((message) => message.includes("Provisioning Create Group"))).toBe(false);
  });

  it("refuses a mapped flow that is OFF, gone, of another contract or has validation errors", () => {
    const errors = [{ code: "IB2001", severity: "error", flow: "Broken", card: null, field: null, message: "x" }];
    const found = messages(
      operationProblems(
        context({
          flows: [action(LOGOUT, false), { ...action("Broken"), contract: LOGOUT }, action("Other")],
          validation: { ok: false, errors } as unknown as ConfigurationContext["validation"],
        }),
        configured({ [LOGOUT]: LOGOUT }),
      ),
    );
    expect(found).toEqual([`IB5003: The flow mapped to ${LOGOUT}, "${LOGOUT}", is OFF.`]);
    const others = (flow: string) =>
      messages(
        operationProblems(
          context({
            flows: [{ ...action("Broken"), contract: LOGOUT }, action("Other")],
            validation: { ok: false, errors } as unknown as ConfigurationContext["validation"],
          }),
          configured({ [LOGOUT]: flow }),
        ),
      );
    expect(others("Broken")).toEqual([`IB5003: The flow mapped to ${LOGOUT}, "Broken", has validation errors.`]);
    expect(others("Other")).toEqual([
      `IB5003: The flow mapped to ${LOGOUT}, "Other", is not an action flow of ${LOGOUT}.`,
    ]);
    expect(others("Gone")).toEqual([`IB5003: The flow mapped to ${LOGOUT}, "Gone", no longer exists.`]);
  });
});

describe("completenessProblems", () => {
  it("asks for the support email and each part of the test account", () => {
    expect(completenessProblems(EMPTY_CONFIGURATION).map((problem) => problem.location?.pointer)).toEqual([
      "/supportEmail",
      "/testAccount/url",
      "/testAccount/username",
      "/testAccount/password",
    ]);
    const complete = {
      ...EMPTY_CONFIGURATION,
      supportEmail: "a@b.co",
      testAccount: { url: "https://x.example", username: "u", password: "••••••••" },
    };
    expect(completenessProblems(complete)).toEqual([]);
  });
});

describe("certificationProblems", () => {
  const run = (ok: boolean, startedAt: string) => ({ ok, startedAt, cases: [] }) as unknown as StoredCertification;
  const now = Date.parse("2026-11-28T12:00:00Z");

  it("needs a run that passed within the last 48 hours", () => {
    expect(certificationProblems(run(true, "2026-11-27T12:00:00Z"), now)).toEqual([]);
    const stale = new Date(now - CERTIFICATION_VALID_MS - 1).toISOString();
    expect(messages(certificationProblems(run(true, stale), now))).toEqual([
      `IB5005: The last certification run (${stale}) is older than 48 hours: certify again.`,
    ]);
    expect(messages(certificationProblems(run(false, "2026-11-28T11:00:00Z"), now))[0]).toMatch(/^IB5005: .* failed/);
    expect(messages(certificationProblems(undefined, now))[0]).toMatch(/^IB5005: Run the certification first/);
  });
});
