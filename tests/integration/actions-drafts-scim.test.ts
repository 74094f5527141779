// Drafted action flows against the SCIM demo started here: a SCIM API's user goes as it is, lifecycle, password,
// group renames and members through SCIM PatchOp, a group's members paged from its members attribute, the
// userName filter is case-insensitive, an unknown id is FAILED / 404; every output conforms to its contract.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningScimDemo, startScimDemo } from "@/demo/scim/server";
import { findContract } from "@/lib/contracts/catalog";
import { validatorFor } from "@/lib/validation/ajv";
import { ibWithTempData } from "../helpers/ib-cli";

function expectConforms(contract: string, outputs: unknown) {
  const validate = validatorFor(findContract(contract)!.output);
  expect(validate(outputs), JSON.stringify(validate.errors)).toBe(true);
}
const SCIM_USER = "urn:ietf:params:scim:schemas:core:2.0:User";
const SCIM_GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group";

describe("action flows drafted from the SCIM demo's spec", { timeout: 180_000 }, () => {
  const { ib } = ibWithTempData();
  const dir = mkdtempSync(join(tmpdir(), "ib-drafts-scim-"));
  const bundle = join(dir, "bundle.json");
  let demo: RunningScimDemo;
  const run = async (flow: string, input: unknown, token = demo.settings.bearerToken) => {
    const result = await ib(
      "run",
      bundle,
      "--flow",
      flow,
      "--input",
      JSON.stringify(input),
      "--base-url",
      demo.url,
      "--set",
      `token=${token}`,
      "--json",
    );
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expectConforms(flow, result.json.outputs);
    return result.json.outputs;
  };

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

  it("creates, reads by id and by userName, updates, deactivates and reactivates the same user", async () => {
    const created = await run("Provisioning Create User", {
      user: {
        schemas: [SCIM_USER],
        id: "ignored",
        userName: "Grace@Navy.test",
        name: { givenName: "Grace", familyName: "Hopper" },
      },
    });
    const [stored] = demo.store.inspect().users;
    expect(stored).toMatchObject({ userName: "Grace@Navy.test", name: { givenName: "Grace" } });
    expect(created).toMatchObject({ user: { id: stored.id }, executionStatus: { status: "SUCCEEDED" } });

    const byId = await run("Provisioning Get User by ID", { userId: stored.id });
    expect(byId.user).toMatchObject({ id: stored.id, userName: "Grace@Navy.test" });
    const byName = await run("Provisioning Get User by UserName", { userName: "grace@navy.TEST" });
    expect(byName.user).toMatchObject({ id: stored.id });

    const updated = await run("Provisioning Update User", {
      user: { schemas: [SCIM_USER], id: stored.id, userName: "Grace@Navy.test", title: "Rear Admiral" },
    });
    expect(updated.user).toMatchObject({ id: stored.id, title: "Rear Admiral" });
    expect(demo.store.users.get(stored.id)?.title).toBe("Rear Admiral");

    await run("Provisioning Deactivate User", { userId: stored.id });
    expect(demo.store.users.get(stored.id)?.active).toBe(false);
    await run("Provisioning Activate User", { userId: stored.id });
    expect(demo.store.users.get(stored.id)?.active).toBe(true);
    expect(demo.store.users.size).toBe(1);

    const missing = await run("Provisioning Get User by ID", { userId: "no-such-id" });
    expect(missing.executionStatus).toMatchObject({
      status: "FAILED",
      errors: [{ httpStatusCode: 404, type: "RESOURCE_NOT_FOUND" }],
    });
    const duplicate = await run("Provisioning Create User", {
      user: { schemas: [], id: "x", userName: "GRACE@navy.test" },
    });
    expect(duplicate.executionStatus.errors[0]).toMatchObject({ httpStatusCode: 409 });
    const wrongToken = await run("Provisioning Get User by ID", { userId: stored.id }, "not-the-token");
    expect(wrongToken.executionStatus).toMatchObject({
      status: "FAILED",
      errors: [{ httpStatusCode: 401, type: "INVALID_CREDENTIALS" }],
    });
  });

  it("creates, reads and renames a group; adds, pages through and removes its members; removes it", async () => {
    const [ada, alan, edsger] = ["ada", "alan", "edsger"].map(
      (name) => demo.store.saveUser(undefined, { schemas: [SCIM_USER], userName: `${name}@example.test` }).id,
    );
    const created = await run("Provisioning Create Group", {
      group: { schemas: [SCIM_GROUP], displayName: "Engineering" },
    });
    const groupId = created.group.id;
    expect(demo.store.groups.get(groupId)).toMatchObject({ displayName: "Engineering" });
    const read = await run("Provisioning Get Group by ID", { groupId });
    expect(read).toMatchObject({
      group: { id: groupId, displayName: "Engineering" },
      executionStatus: { status: "SUCCEEDED" },
    });

    await run("Provisioning Add Group Members", {
      groupId,
      groupMembers: [{ value: ada, display: "ada@example.test" }, { value: alan }, { value: edsger }],
    });
    const memberIds = () => demo.store.groups.get(groupId)?.members.map((member: { value: string }) => member.value);
    expect(memberIds()).toEqual([ada, alan, edsger]);

    const seen: string[] = [];
    const cursors: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await run("Provisioning List Group Members", {
        groupId,
        pagination: { limit: 2, ...(cursor ? { cursor } : {}) },
      });
      expect(page.resources.length).toBeLessThanOrEqual(2);
      seen.push(...page.resources.map((member: { value: string }) => member.value));
      cursor = page.pagination.nextCursor;
      if (cursor) {
        expect(cursors).not.toContain(cursor);
        cursors.push(cursor);
      }
    } while (cursor);
    expect(seen).toEqual([ada, alan, edsger]);
    const whole = await run("Provisioning List Group Members", { groupId });
    expect(whole.resources).toEqual([
      { value: ada, display: "ada@example.test" },
      { value: alan, display: "alan@example.test" },
      { value: edsger, display: "edsger@example.test" },
    ]);
    expect(whole.pagination).toEqual({});

    await run("Provisioning Remove Group Members", { groupId, groupMembers: [{ value: ada }, { value: edsger }] });
    expect(memberIds()).toEqual([alan]);

    const renamed = await run("Provisioning Update Group", {
      group: { schemas: [SCIM_GROUP], id: groupId, displayName: "Platform" },
    });
    expect(renamed.group).toMatchObject({ id: groupId, displayName: "Platform" });
    expect(demo.store.groups.get(groupId)).toMatchObject({ displayName: "Platform" });
    expect(memberIds()).toEqual([alan]);

    await run("Provisioning Remove Group", { groupId });
    expect(demo.store.groups.has(groupId)).toBe(false);
    for (const [flow, input] of [
      ["Provisioning Get Group by ID", { groupId }],
      ["Provisioning List Group Members", { groupId }],
      ["Provisioning Add Group Members", { groupId, groupMembers: [{ value: alan }] }],
    ] as const) {
      const missing = await run(flow, input);
      expect(missing.executionStatus, flow).toMatchObject({
        status: "FAILED",
        errors: [{ httpStatusCode: 404, type: "RESOURCE_NOT_FOUND" }],
      });
    }
  });
});
