// Directus, a real self-hostable product installed from npm (tests/services/directus), started here on 127.0.0.1
// with its own SQLite file: its own OpenAPI description goes through the whole journey a new user takes
// (tests/helpers/independent-journey.ts), and afterwards Directus itself is asked what was left behind.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { casesBy, failedTests, type Journey, independentJourney, madeByJourney } from "../helpers/independent-journey";
import { type RunningDirectus, startDirectus } from "../services/directus/server";

describe("Directus's users and roles API, end to end", { timeout: 300_000 }, () => {
  let service: RunningDirectus;
  let journey: Journey;
  const bearer = () => ({ authorization: `Bearer ${service.token}` });
  const list = async (collection: "users" | "roles", fields: string) => {
    const response = await fetch(`${service.url}/${collection}?fields=${fields}&limit=-1`, { headers: bearer() });
    return ((await response.json()) as { data: Record<string, unknown>[] }).data;
  };

  beforeAll(async () => {
    service = await startDirectus();
    journey = await independentJourney({
      name: "Directus",
      specText: await (await fetch(service.openapiUrl, { headers: bearer() })).text(),
      // Its `Auth` scheme is the Authorization header; Directus's docs give its value as "Bearer TOKEN".
      scheme: "Auth",
      server: { url: service.url, basePath: "" },
      parameters: { Authorization: `Bearer ${service.token}` },
    });
  }, 300_000);
  afterAll(() => service?.close());

  it("plans its own shapes: roles as groups, the status enum as the lifecycle, userName through its filter", () => {
    expect(journey.plan["Provisioning Get User by UserName"].operation).toBe("GET /users");
    expect(journey.plan["Provisioning Activate User"].operation).toBe("PATCH /users/{id}");
    expect(journey.plan["Provisioning Deactivate User"].operation).toBe("PATCH /users/{id}");
    expect(journey.plan["Provisioning Create Group"].operation).toBe("POST /roles");
    expect(journey.plan["Provisioning Get Group by ID"].operation).toBe("GET /roles/{id}");
    expect(journey.plan["Provisioning List Groups"].operation).toBe("GET /roles");
    expect(journey.plan["Provisioning Remove Group"].operation).toBe("DELETE /roles/{id}");
    // Its only logout ends the caller's own session.
    expect(journey.plan["Proprietary Universal Logout"]).toMatchObject({ operation: null });
  });

  it("runs a test flow of every drafted action, each passing against Directus", () => {
    expect(journey.drafted).toHaveLength(16);
    expect(journey.drafted).toEqual(
      expect.arrayContaining(["Provisioning Deactivate User", "Provisioning Create Group"]),
    );
    expect(failedTests(journey)).toEqual([]);
  });

  it("certifies: every applicable case passes, what it made is cleaned up", () => {
    expect(casesBy(journey, "failed")).toEqual([]);
    expect(casesBy(journey, "passed")).toHaveLength(14);
    // A Directus user has one role, set on the user: no operation adds or removes members. Its only logout ends the
    // caller's own session.
    expect(casesBy(journey, "not_applicable")).toEqual([
      expect.stringMatching(/^group-members: /),
      expect.stringMatching(/^universal-logout: /),
      expect.stringMatching(/^universal-logout-unknown: /),
    ]);
    expect(journey.certification.cleanup.filter((entry) => !entry.ok)).toEqual([]);
  });

  it("leaves nothing behind: every user it made is no longer active, every role it made is gone", async () => {
    const users = (await list("users", "email,status")).filter((user) => madeByJourney(String(user.email)));
    expect(users.length).toBeGreaterThan(1);
    expect(users.filter((user) => user.status === "active")).toEqual([]);
    expect((await list("roles", "name")).filter((role) => madeByJourney(String(role.name)))).toEqual([]);
  });
});
