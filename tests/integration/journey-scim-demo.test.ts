// The repository's SCIM demo, strict as RFC 7643/7644, through the whole journey a new user takes
// (tests/helpers/independent-journey.ts): every drafted action's test flow passes, certification passes every
// applicable case, and the demo's store holds nothing the run left active.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningScimDemo, startScimDemo } from "@/demo/scim/server";
import { casesBy, failedTests, type Journey, independentJourney, madeByJourney } from "../helpers/independent-journey";

describe("the strict SCIM demo, end to end", { timeout: 300_000 }, () => {
  let demo: RunningScimDemo;
  let journey: Journey;

  beforeAll(async () => {
    demo = await startScimDemo();
    journey = await independentJourney({
      name: "SCIM demo",
      specText: JSON.stringify(demo.openapi()),
      scheme: "bearerAuth",
      server: { url: demo.url, basePath: "" },
      parameters: { token: demo.settings.bearerToken },
    });
  }, 300_000);
  afterAll(() => demo?.close());

  it("runs a test flow of every drafted action, each passing", () => {
    expect(journey.drafted.length).toBeGreaterThanOrEqual(17);
    expect(failedTests(journey)).toEqual([]);
  });

  it("certifies: every case passes but Universal Logout, which a SCIM service does not offer", () => {
    expect(casesBy(journey, "failed")).toEqual([]);
    expect(casesBy(journey, "not_applicable")).toEqual([
      expect.stringMatching(/^universal-logout: /),
      expect.stringMatching(/^universal-logout-unknown: /),
    ]);
    expect(journey.certification.cleanup.filter((entry) => !entry.ok)).toEqual([]);
  });

  it("leaves nothing behind: every user it made is inactive, every group it made is gone", () => {
    const { users, groups } = demo.store.inspect();
    const made = users.filter((user) => madeByJourney(String(user.userName)));
    expect(made.length).toBeGreaterThan(1);
    expect(made.filter((user) => user.active !== false)).toEqual([]);
    expect(groups.filter((group) => madeByJourney(String(group.displayName)))).toEqual([]);
  });
});
