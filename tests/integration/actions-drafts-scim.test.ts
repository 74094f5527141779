// Drafted action flows against the SCIM demo started here: a SCIM API's user goes as it is, lifecycle and
// password through SCIM PatchOp, the userName filter is case-insensitive, an unknown id is FAILED / 404.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningScimDemo, startScimDemo } from "@/demo/scim/server";
import { ibWithTempData } from "../helpers/ib-cli";

describe("action flows drafted from the SCIM demo's spec", { timeout: 180_000 }, () => {
  const { ib } = ibWithTempData();
  const dir = mkdtempSync(join(tmpdir(), "ib-drafts-scim-"));
  const bundle = join(dir, "bundle.json");
  let demo: RunningScimDemo;
  const run = (flow: string, input: unknown) =>
    ib(
      "run",
      bundle,
      "--flow",
      flow,
      "--input",
      JSON.stringify(input),
      "--base-url",
      demo.url,
      "--set",
      `token=${demo.settings.bearerToken}`,
      "--json",
    );

  beforeAll(async () => {
    demo = await startScimDemo();
    const spec = join(dir, "scim-demo.json");
    writeFileSync(spec, JSON.stringify(demo.openapi()));
    const generated = await ib(
      "generate",
      spec,
      "--auth",
      "bearerAuth",
      "--actions",
      "provisioning",
      "--out",
      bundle,
      "--json",
    );
    expect(generated.code, generated.stderr).toBe(0);
  });
  afterAll(() => demo.close());

  it("creates, reads by id and by userName, deactivates and reactivates the same user", async () => {
    const created = await run("Provisioning Create User", {
      user: {
        schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"],
        id: "ignored",
        userName: "Grace@Navy.test",
        name: { givenName: "Grace", familyName: "Hopper" },
      },
    });
    expect(created.code, created.stdout).toBe(0);
    const [stored] = demo.store.inspect().users;
    expect(stored).toMatchObject({ userName: "Grace@Navy.test", name: { givenName: "Grace" } });
    expect(created.json.outputs).toMatchObject({ user: { id: stored.id }, executionStatus: { status: "SUCCEEDED" } });

    const byId = await run("Provisioning Get User by ID", { userId: stored.id });
    expect(byId.json.outputs.user).toMatchObject({ id: stored.id, userName: "Grace@Navy.test" });
    const byName = await run("Provisioning Get User by UserName", { userName: "grace@navy.TEST" });
    expect(byName.json.outputs.user).toMatchObject({ id: stored.id });

    await run("Provisioning Deactivate User", { userId: stored.id });
    expect(demo.store.users.get(stored.id)?.active).toBe(false);
    await run("Provisioning Activate User", { userId: stored.id });
    expect(demo.store.users.get(stored.id)?.active).toBe(true);

    const missing = await run("Provisioning Get User by ID", { userId: "no-such-id" });
    expect(missing.json.outputs.executionStatus.errors[0]).toMatchObject({
      httpStatusCode: 404,
      type: "RESOURCE_NOT_FOUND",
    });
    const duplicate = await run("Provisioning Create User", {
      user: { schemas: [], id: "x", userName: "GRACE@navy.test" },
    });
    expect(duplicate.json.outputs.executionStatus.errors[0]).toMatchObject({ httpStatusCode: 409 });
  });
});
