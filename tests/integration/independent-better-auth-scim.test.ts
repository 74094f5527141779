// better-auth's SCIM 2.0 plugin, an independent strict SCIM service (not scimmy), started here on 127.0.0.1 with its
// own in-memory store: its own generated OpenAPI description goes through the whole journey a new user takes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Journey, independentJourney } from "../helpers/independent-journey";
import { type RunningBetterAuthScim, startBetterAuthScim } from "../services/better-auth-scim/server";

describe("better-auth's SCIM service, end to end", { timeout: 300_000 }, () => {
  let service: RunningBetterAuthScim;
  let journey: Journey;

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

  it("debug", () => {
    console.log(JSON.stringify(journey, null, 1));
    expect(journey).toBeDefined();
  });
});
