// POST /api/oin-apps, called in-process as the browser's fetch reaches it: a refused app answers 400 with every
// problem at its field (the OIN form in tests/e2e/foundation.spec.ts shows them), and nothing is saved.
import { describe, expect, it } from "vitest";
import { signIn } from "../helpers/signed-in";
import { useTempDatabase } from "../helpers/temp-db";

useTempDatabase();
const owner = await signIn("owner");
const oinAppsRoute = await import("@/app/api/oin-apps/route");

const post = (body: unknown) =>
  oinAppsRoute.POST(
    owner.request("http://127.0.0.1/api/oin-apps", {
      method: "POST",
      body: JSON.stringify(body),
      headers: { "content-type": "application/json" },
    }),
    { params: Promise.resolve({}) },
  );

describe("POST /api/oin-apps", () => {
  it("refuses a camelCase tenant variable with every problem and its field", async () => {
    const response = await post({
      displayName: "",
      description: "x",
      capabilities: ["provisioning"],
      variables: [{ label: "Sub", name: "subDomain" }],
      auth: { mode: "basic" },
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { message: string; location?: { field?: string } }[] };
    expect(body.errors.map((error) => error.location?.field)).toEqual(["displayName", "variables[0].name"]);
    expect(body.errors[1].message).toContain("must be lowercase");

    const listed = await oinAppsRoute.GET(owner.request("http://127.0.0.1/api/oin-apps"), {
      params: Promise.resolve({}),
    });
    expect(((await listed.json()) as { oinApps: unknown[] }).oinApps).toEqual([]);
  });
});
