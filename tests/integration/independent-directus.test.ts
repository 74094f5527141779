// Directus, a real self-hostable product installed from npm (tests/services/directus), started here on 127.0.0.1
// with its own SQLite file: its own OpenAPI description goes through the whole journey a new user takes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Journey, independentJourney } from "../helpers/independent-journey";
import { type RunningDirectus, startDirectus } from "../services/directus/server";

describe("Directus's users and roles API, end to end", { timeout: 300_000 }, () => {
  let service: RunningDirectus;
  let journey: Journey;
  const bearer = () => ({ authorization: `Bearer ${service.token}` });

  beforeAll(async () => {
    service = await startDirectus();
    journey = await independentJourney({
      name: "Directus",
      specText: await (await fetch(service.openapiUrl, { headers: bearer() })).text(),
      scheme: "Auth",
      server: { url: service.url, basePath: "" },
      parameters: { Authorization: `Bearer ${service.token}` },
    });
  }, 300_000);
  afterAll(() => service?.close());

  it("debug", () => {
    console.log(JSON.stringify(journey, null, 1));
    expect(journey).toBeDefined();
  });
});
