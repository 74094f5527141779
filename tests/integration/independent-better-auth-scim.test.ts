// better-auth's SCIM 2.0 plugin, an independent strict SCIM service (not scimmy), started here on 127.0.0.1 with its
// own in-memory store: its own generated OpenAPI description goes through the whole journey a new user takes
// (tests/helpers/independent-journey.ts), and afterwards the service itself is asked what was left behind.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { casesBy, failedTests, type Journey, independentJourney, madeByJourney } from "../helpers/independent-journey";
import { type RunningBetterAuthScim, startBetterAuthScim } from "../services/better-auth-scim/server";

describe("better-auth's SCIM service, end to end", { timeout: 300_000 }, () => {
  let service: RunningBetterAuthScim;
  let journey: Journey;
  const list = async (resource: "Users" | "Groups") => {
    const response = await fetch(`${service.url}/api/auth/scim/v2/${resource}?count=1000`, {
      headers: { authorization: `Bearer ${service.token}` },
    });
    return ((await response.json()) as { Resources: Record<string, unknown>[] }).Resources;
  };

  beforeAll(async () => {
    service = await startBetterAuthScim();
    journey = await independentJourney({
      name: "better-auth SCIM",
      specText: await (await fetch(service.openapiUrl)).text(),
      scheme: "bearerAuth",
      server: { url: service.url, basePath: "/api/auth" },
      parameters: { token: service.token },
    });
  }, 300_000);
  afterAll(() => service?.close());

  it("plans SCIM semantics its description leaves out, and no password update it cannot do", () => {
    // RFC 7644: a SCIM /Users list takes filter=userName eq "…", and a PATCH of a user sets active.
    expect(journey.plan["Provisioning Get User by UserName"].operation).toBe("GET /scim/v2/Users");
    expect(journey.plan["Provisioning List Groups by Display Name"].operation).toBe("GET /scim/v2/Groups");
    expect(journey.plan["Provisioning Activate User"].operation).toBe("PATCH /scim/v2/Users/{userId}");
    expect(journey.plan["Provisioning Deactivate User"].operation).toBe("PATCH /scim/v2/Users/{userId}");
    // No user write in its description has a password (the plugin refuses one): nothing to draft.
    expect(journey.plan["Provisioning Update User Password"]).toMatchObject({ operation: null });
    // A SCIM service ends no sessions.
    expect(journey.plan["Proprietary Universal Logout"]).toMatchObject({ operation: null });
  });

  it("runs a test flow of every drafted action, each passing against the service", () => {
    expect(journey.drafted).toHaveLength(18);
    expect(failedTests(journey)).toEqual([]);
  });

  it("certifies: every applicable case passes; a password update and Universal Logout are not applicable", () => {
    expect(casesBy(journey, "failed")).toEqual([]);
    expect(casesBy(journey, "passed")).toHaveLength(14);
    expect(casesBy(journey, "not_applicable")).toEqual([
      expect.stringMatching(/^update-password: /),
      expect.stringMatching(/^universal-logout: /),
      expect.stringMatching(/^universal-logout-unknown: /),
    ]);
    expect(journey.certification.cleanup.filter((entry) => !entry.ok)).toEqual([]);
  });

  it("leaves nothing behind: every user it made is inactive, every group it made is gone", async () => {
    const users = (await list("Users")).filter((user) => madeByJourney(String(user.userName)));
    expect(users.length).toBeGreaterThan(1);
    expect(users.filter((user) => user.active !== false)).toEqual([]);
    expect((await list("Groups")).filter((group) => madeByJourney(String(group.displayName)))).toEqual([]);
  });
});
