// Drafted action flows run end to end against the REST demo started here: `ib generate --actions` writes them
// into the bundle, `ib run` runs them; outputs conform to their contract and API errors come back as FAILED.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningRestDemo, startRestDemo } from "@/demo/rest/server";
import { findContract } from "@/lib/contracts/catalog";
import { validatorFor } from "@/lib/validation/ajv";
import { ibWithTempData } from "../helpers/ib-cli";

function expectConforms(contractName: string, outputs: unknown) {
  const validate = validatorFor(findContract(contractName)!.output);
  expect(validate(outputs), JSON.stringify(validate.errors)).toBe(true);
}

describe("action flows drafted from the REST demo's spec", { timeout: 180_000 }, () => {
  const { ib } = ibWithTempData();
  const dir = mkdtempSync(join(tmpdir(), "ib-drafts-"));
  const bundle = join(dir, "bundle.json");
  let demo: RunningRestDemo;
  const run = (flow: string, input: unknown, token = demo.settings.apiToken) =>
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
      `token=${token}`,
      "--json",
    );

  beforeAll(async () => {
    demo = await startRestDemo();
    const spec = join(dir, "rest-demo.json");
    writeFileSync(spec, JSON.stringify(demo.openapi()));
    const generated = await ib("generate", spec, "--auth", "apiToken", "--actions", "all", "--out", bundle, "--json");
    expect(generated.code, generated.stderr).toBe(0);
    expect(generated.json.flows).toEqual(
      expect.arrayContaining(["httpHelper", "Provisioning Create User", "Provisioning Get User by ID"]),
    );
    expect(generated.json.skippedActions).toContainEqual({
      contract: "Provisioning List Entitlement Schema",
      reason: "the spec has no operation that does this",
    });
  });
  afterAll(() => demo.close());

  it("Create User creates the user in the service and returns it as a SCIM user", async () => {
    const result = await run("Provisioning Create User", {
      user: {
        schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"],
        id: "00u1",
        userName: "ada@acme.test",
        name: { givenName: "Ada", familyName: "Lovelace" },
        title: "Analyst",
      },
    });
    expect(result.code, result.stdout).toBe(0);
    const [stored] = demo.store.inspect().users;
    expect(stored).toMatchObject({
      email: "ada@acme.test",
      first_name: "Ada",
      last_name: "Lovelace",
      title: "Analyst",
    });
    expect(result.json.outputs).toMatchObject({
      user: { id: stored.id, userName: "ada@acme.test", name: { givenName: "Ada" }, active: true },
      executionStatus: { status: "SUCCEEDED" },
    });
    expectConforms("Provisioning Create User", result.json.outputs);

    const again = await run("Provisioning Create User", {
      user: { schemas: [], id: "00u1", userName: "ada@acme.test", name: { givenName: "A", familyName: "B" } },
    });
    expect(again.json.outputs.executionStatus).toMatchObject({
      status: "FAILED",
      errors: [
        { httpStatusCode: 409, type: "GENERIC_FAILURE", summary: "a user with email ada@acme.test already exists" },
      ],
    });
    expect(demo.store.inspect().users).toHaveLength(1);
  });

  it("Get User by ID returns the user; an unknown id, a wrong token and a rate limit are FAILED outcomes", async () => {
    const id = demo.store.inspect().users[0].id;
    const found = await run("Provisioning Get User by ID", { userId: id });
    expect(found.json.outputs.user).toMatchObject({ id, userName: "ada@acme.test" });
    expectConforms("Provisioning Get User by ID", found.json.outputs);

    const byName = await run("Provisioning Get User by UserName", { userName: "ADA@acme.test" });
    expect(byName.json.outputs.user).toEqual(found.json.outputs.user);
    const nobody = await run("Provisioning Get User by UserName", { userName: "nobody@acme.test" });
    expect(nobody.json.outputs.executionStatus.errors[0]).toMatchObject({
      httpStatusCode: 404,
      type: "RESOURCE_NOT_FOUND",
    });
    expectConforms("Provisioning Get User by UserName", nobody.json.outputs);

    const missing = await run("Provisioning Get User by ID", { userId: "usr_9999" });
    expect(missing.code).toBe(0);
    expect(missing.json.outputs).toEqual({
      executionStatus: {
        status: "FAILED",
        errors: [
          { code: "HTTP_404", summary: "user usr_9999 not found", httpStatusCode: 404, type: "RESOURCE_NOT_FOUND" },
        ],
      },
    });
    expectConforms("Provisioning Get User by ID", missing.json.outputs);

    const wrongToken = await run("Provisioning Get User by ID", { userId: id }, "not-the-token");
    expect(wrongToken.json.outputs.executionStatus.errors[0]).toMatchObject({
      httpStatusCode: 401,
      type: "INVALID_CREDENTIALS",
    });
    expect(wrongToken.stdout).not.toContain("not-the-token");

    const expired = demo.store.issueToken(3600);
    demo.store.tokens.set(expired, Date.now() - 1);
    const stale = await run("Provisioning Get User by ID", { userId: id }, expired);
    expect(stale.json.outputs.executionStatus.errors[0]).toMatchObject({ httpStatusCode: 401, type: "TOKEN_EXPIRED" });

    demo.store.rateLimitedRequests = 1;
    const limited = await run("Provisioning Get User by ID", { userId: id });
    expect(limited.json.outputs.executionStatus.errors[0]).toMatchObject({
      httpStatusCode: 429,
      type: "RATE_LIMIT_EXCEEDED",
    });
  });

  it("Deactivate and Activate change the same user's status; Update User Password sets it", async () => {
    const id = demo.store.inspect().users[0].id;
    const deactivated = await run("Provisioning Deactivate User", { userId: id });
    expect(deactivated.json.outputs).toEqual({ executionStatus: { status: "SUCCEEDED" } });
    expect(demo.store.users.get(id)?.status).toBe("deactivated");
    await run("Provisioning Activate User", { userId: id });
    expect(demo.store.users.get(id)?.status).toBe("active");
    const password = await run("Provisioning Update User Password", { userId: id, password: "correct horse" });
    expectConforms("Provisioning Update User Password", password.json.outputs);
    expect(demo.store.users.get(id)?.password_set).toBe(true);
    expect(password.stdout).not.toContain("correct horse");
  });

  it("Universal Logout revokes every session of the user; an unknown user is FAILURE", async () => {
    const id = demo.store.inspect().users[0].id;
    demo.store.openSession(id);
    demo.store.openSession(id);
    const logout = await run("Proprietary Universal Logout", { externalUserId: id, externalUserName: "ada@acme.test" });
    expect(logout.json.outputs).toEqual({ logoutStatus: "SUCCESS", executionStatus: { status: "SUCCEEDED" } });
    expect(demo.store.inspect().sessions.filter((session) => !session.revoked)).toEqual([]);
    const unknown = await run("Proprietary Universal Logout", { externalUserId: "usr_9999" });
    expect(unknown.json.outputs).toMatchObject({ logoutStatus: "FAILURE", executionStatus: { status: "FAILED" } });
    expectConforms("Proprietary Universal Logout", unknown.json.outputs);
  });

  it("Create Group, Get Group by ID and Remove Group", async () => {
    const created = await run("Provisioning Create Group", {
      group: {
        schemas: ["urn:ietf:params:scim:schemas:core:2.0:Group"],
        displayName: "Engineers",
        description: "Builders",
      },
    });
    expectConforms("Provisioning Create Group", created.json.outputs);
    const [group] = demo.store.inspect().groups;
    expect(group).toMatchObject({ name: "Engineers", description: "Builders" });
    expect(created.json.outputs.group).toMatchObject({ id: group.id, displayName: "Engineers" });
    const read = await run("Provisioning Get Group by ID", { groupId: group.id });
    expect(read.json.outputs.group).toEqual(created.json.outputs.group);
    await run("Provisioning Remove Group", { groupId: group.id });
    expect(demo.store.inspect().groups).toEqual([]);
  });

  it("List Users pages by cursor: 5 users, limit 2, every user once, no cursor repeated", async () => {
    for (const name of ["bob", "cy", "dee", "eve"])
      demo.store.createUser({ email: `${name}@acme.test`, first_name: name, last_name: "Example" });
    const seen: string[] = [];
    const cursors = new Set<string>();
    let cursor: string | undefined;
    do {
      const page = await run("Provisioning List Users", { pagination: { limit: 2, ...(cursor ? { cursor } : {}) } });
      expectConforms("Provisioning List Users", page.json.outputs);
      expect(page.json.outputs.resources.length).toBeLessThanOrEqual(2);
      seen.push(...page.json.outputs.resources.map((user: { userName: string }) => user.userName));
      cursor = page.json.outputs.pagination.nextCursor;
      if (cursor) {
        expect(cursors.has(cursor)).toBe(false);
        cursors.add(cursor);
      }
    } while (cursor);
    expect(seen.sort()).toEqual(
      demo.store
        .inspect()
        .users.map((user) => user.email)
        .sort(),
    );
    expect(seen).toHaveLength(5);
  });

  it("Update User and Update Group change the records in the service", async () => {
    const id = demo.store.findUserByEmail("ada@acme.test")!.id;
    const updated = await run("Provisioning Update User", {
      user: { schemas: [], id, userName: "ada@acme.test", name: { givenName: "Augusta", familyName: "King" } },
    });
    expectConforms("Provisioning Update User", updated.json.outputs);
    expect(demo.store.users.get(id)).toMatchObject({ first_name: "Augusta", last_name: "King" });
    expect(updated.json.outputs.user.name).toEqual({ givenName: "Augusta", familyName: "King" });
    const group = demo.store.createGroup({ name: "Ops" });
    const renamed = await run("Provisioning Update Group", {
      group: { schemas: [], id: group.id, displayName: "SRE" },
    });
    expect(renamed.json.outputs.group).toMatchObject({ id: group.id, displayName: "SRE" });
    expect(demo.store.groups.get(group.id)?.name).toBe("SRE");
  });

  it("Add, Remove and List Group Members (one call per member), List Groups and by display name", async () => {
    const group = demo.store.createGroup({ name: "Members" });
    const [first, second] = ["m1@acme.test", "m2@acme.test"].map((email) =>
      demo.store.createUser({ email, first_name: "M", last_name: "Ember" }),
    );
    const added = await run("Provisioning Add Group Members", {
      groupId: group.id,
      groupMembers: [{ value: first.id, display: "m1" }, { value: second.id }],
    });
    expect(added.json.outputs).toEqual({ executionStatus: { status: "SUCCEEDED" } });
    const members = () =>
      demo.store
        .inspect()
        .memberships.filter((entry) => entry.group_id === group.id)
        .map((entry) => entry.user_id);
    expect(members().sort()).toEqual([first.id, second.id].sort());
    const removed = await run("Provisioning Remove Group Members", {
      groupId: group.id,
      groupMembers: [{ value: first.id }],
    });
    expect(removed.json.outputs).toEqual({ executionStatus: { status: "SUCCEEDED" } });
    expect(members()).toEqual([second.id]);
    const listed = await run("Provisioning List Group Members", { groupId: group.id, pagination: { limit: 10 } });
    expectConforms("Provisioning List Group Members", listed.json.outputs);
    expect(listed.json.outputs.resources).toEqual([{ value: second.id }]);
    demo.store.createGroup({ name: "Another" });
    const groups = await run("Provisioning List Groups", { pagination: { limit: 1 } });
    expectConforms("Provisioning List Groups", groups.json.outputs);
    expect(groups.json.outputs.resources).toHaveLength(1);
    expect(groups.json.outputs.pagination.nextCursor).toEqual(expect.any(String));
    const byName = await run("Provisioning List Groups by Display Name", { displayName: "members" });
    expect(byName.json.outputs.resources).toEqual([
      { schemas: ["urn:ietf:params:scim:schemas:core:2.0:Group"], id: group.id, displayName: "Members" },
    ]);
    const unknown = await run("Provisioning Add Group Members", {
      groupId: group.id,
      groupMembers: [{ value: "usr_9999" }],
    });
    expect(unknown.json.outputs.executionStatus.errors[0]).toMatchObject({
      httpStatusCode: 404,
      type: "RESOURCE_NOT_FOUND",
    });
  });

  it("List User Schema and its property values describe the Create User request found in the spec", async () => {
    const scim = { scim: { baseUri: demo.url, authMode: "bearer", entitlementTypes: [] } };
    const schema = await run("Provisioning List User Schema", scim);
    expectConforms("Provisioning List User Schema", schema.json.outputs);
    const byName = Object.fromEntries(
      schema.json.outputs.schemaProperties.map((property: { name: string }) => [property.name, property]),
    );
    expect(Object.keys(byName)).toEqual(["email", "first_name", "last_name", "display_name", "title", "status"]);
    expect(byName.email).toMatchObject({ required: true, propertyType: "STRING", minLength: 3, maxLength: 320 });
    expect(byName.title).toMatchObject({ required: false, propertyType: "STRING" });
    expect(byName.status).toMatchObject({ enumConstraint: ["active", "deactivated"] });

    const values = await run("Provisioning List User Schema Property Values", scim);
    expectConforms("Provisioning List User Schema Property Values", values.json.outputs);
    expect(values.json.outputs).toMatchObject({
      schemaPropertyValues: [
        { id: "active", displayName: "active", schemaPropertyName: "status" },
        { id: "deactivated", displayName: "deactivated", schemaPropertyName: "status" },
      ],
      executionStatus: { status: "SUCCEEDED" },
    });
  });
});
