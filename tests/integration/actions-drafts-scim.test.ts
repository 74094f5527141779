// Drafted action flows against the SCIM demo started here: a SCIM API's user goes as it is, lifecycle, password,
// group renames and members through SCIM PatchOp, a group's members paged from its members attribute, the
// userName filter is case-insensitive, an unknown id is FAILED / 404; every output conforms to its contract.
import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
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
  const run = async (flow: string, input: unknown, token = demo.settings.bearerToken, baseUrl = demo.url) => {
    const result = await ib(
      "run",
      bundle,
      "--flow",
      flow,
      "--input",
      JSON.stringify(input),
      "--base-url",
      baseUrl,
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
    // The drafts and their helper flows break no rule of a flow (project-level rules need a linked OIN app).
    const validated = await ib("validate", bundle, "--json");
    expect(validated.json.errors.filter((error: { flow: string | null }) => error.flow)).toEqual([]);
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

  it("discovers the user schema and its values from /Schemas, entitlements from /ResourceTypes and their endpoints", async () => {
    const admins = demo.store.saveGroup(undefined, { schemas: [SCIM_GROUP], displayName: "Admins" });
    const scim = (entitlementTypes: unknown[]) => ({
      scim: { baseUri: "https://elsewhere.test/scim/v2", authMode: "bearer", entitlementTypes },
    });
    const groupsAsEntitlements = scim([
      { name: "Group", endpoint: "/Groups", mappings: { idField: "id", displayNameField: "displayName" } },
    ]);

    const schema = await run("Provisioning List User Schema", groupsAsEntitlements);
    const userName = schema.schemaProperties.find((property: { name: string }) => property.name === "userName");
    expect(userName).toMatchObject({ required: true, propertyType: "STRING", schemaName: SCIM_USER });
    const emails = schema.schemaProperties.find((property: { name: string }) => property.name === "emails");
    expect(emails).toMatchObject({ propertyType: "ARRAY" });
    expect(emails.properties.map((property: { name: string }) => property.name)).toContain("type");
    expect(schema.schemaProperties.find((property: { name: string }) => property.name === "active")).toMatchObject({
      propertyType: "BOOLEAN",
    });
    // The password (returned "never", RFC 7643 §4.1.1) is no profile attribute.
    expect(schema.schemaProperties.map((property: { name: string }) => property.name)).not.toContain("password");

    const values = await run("Provisioning List User Schema Property Values", groupsAsEntitlements);
    expect(values.schemaPropertyValues).toContainEqual({
      id: "work",
      displayName: "work",
      schemaPropertyName: "emails.type",
    });
    expect(values.schemaPropertyValues).toContainEqual({
      id: "fax",
      displayName: "fax",
      schemaPropertyName: "phoneNumbers.type",
    });

    // The demo's resource types are only User and Group: it has no entitlement types of its own.
    const entitlementSchema = await run("Provisioning List Entitlement Schema", groupsAsEntitlements);
    expect(entitlementSchema).toMatchObject({ schemaProperties: [], executionStatus: { status: "SUCCEEDED" } });
    // A service that has one (RFC 7643 §6 resource types), started here: its Role type is an entitlement property.
    const resourceTypes = [
      { name: "User", endpoint: "/Users", schema: SCIM_USER },
      { name: "Group", endpoint: "/Groups", schema: SCIM_GROUP },
      { name: "Role", endpoint: "/Roles", description: "App roles", schema: "urn:example:scim:schemas:Role" },
    ];
    // Its five roles come two a page whatever the count asked (a server may cap pages), to the total.
    const appRoles = ["reader", "writer", "auditor", "owner", "billing"].map((name) => ({
      id: `r-${name}`,
      displayName: name,
    }));
    const roleQueries: string[] = [];
    const withRoles = createServer((request, response) => {
      const url = new URL(request.url ?? "/", "http://127.0.0.1");
      const body =
        url.pathname === "/scim/v2/ResourceTypes"
          ? { totalResults: 3, Resources: resourceTypes }
          : url.pathname === "/scim/v2/Roles"
            ? (() => {
                roleQueries.push(url.search);
                const start = Number(url.searchParams.get("startIndex") ?? 1);
                const page = appRoles.slice(start - 1, start + 1);
                return { totalResults: appRoles.length, itemsPerPage: page.length, startIndex: start, Resources: page };
              })()
            : undefined;
      response.writeHead(body ? 200 : 404, { "content-type": "application/scim+json" });
      response.end(JSON.stringify(body ?? { detail: "not found" }));
    });
    await new Promise<void>((resolve) => withRoles.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = withRoles.address() as AddressInfo;
      const roles = await run(
        "Provisioning List Entitlement Schema",
        groupsAsEntitlements,
        "t",
        `http://127.0.0.1:${port}`,
      );
      expect(roles.schemaProperties).toEqual([
        {
          name: "Role",
          title: "Role",
          description: "App roles",
          externalName: "/Roles",
          externalNamespace: "urn:example:scim:schemas:Role",
          schemaName: "urn:example:scim:schemas:Role",
          propertyType: "ARRAY",
        },
      ]);
      const roleValues = await run(
        "Provisioning List Entitlement Schema Property Values",
        scim([{ name: "Role", endpoint: "/Roles", mappings: { idField: "id", displayNameField: "displayName" } }]),
        "t",
        `http://127.0.0.1:${port}`,
      );
      expect(roleValues.executionStatus).toEqual({ status: "SUCCEEDED" });
      expect(roleValues.schemaPropertyValues.map((value: { id: string }) => value.id)).toEqual(
        appRoles.map((role) => role.id),
      );
      expect(roleQueries).toEqual(["?count=100&startIndex=1", "?count=100&startIndex=3", "?count=100&startIndex=5"]);
    } finally {
      withRoles.closeAllConnections();
      await new Promise((resolve) => withRoles.close(resolve));
    }

    const entitlementValues = await run("Provisioning List Entitlement Schema Property Values", groupsAsEntitlements);
    expect(entitlementValues.schemaPropertyValues).toContainEqual({
      id: admins.id,
      displayName: "Admins",
      typeName: "Group",
      schemaPropertyName: "Group",
    });
    const unknownType = await run(
      "Provisioning List Entitlement Schema Property Values",
      scim([{ name: "Role", endpoint: "/Roles", mappings: { idField: "id", displayNameField: "displayName" } }]),
    );
    expect(unknownType.executionStatus).toMatchObject({
      status: "FAILED",
      errors: [{ httpStatusCode: 404, type: "RESOURCE_NOT_FOUND" }],
    });
    const wrongToken = await run("Provisioning List User Schema", groupsAsEntitlements, "not-the-token");
    expect(wrongToken.executionStatus).toMatchObject({ status: "FAILED", errors: [{ type: "INVALID_CREDENTIALS" }] });
  });

  /** Every page of a List flow with `limit`: each page's resources, the cursors never repeated. */
  async function pages(flow: string, input: Record<string, unknown>, limit: number) {
    const seen: { id: string; displayName?: string; userName?: string }[] = [];
    const cursors: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await run(flow, { ...input, pagination: { limit, ...(cursor ? { cursor } : {}) } });
      expect(page.executionStatus.status).toBe("SUCCEEDED");
      expect(page.resources.length).toBeLessThanOrEqual(limit);
      seen.push(...page.resources);
      cursor = page.pagination.nextCursor;
      if (cursor) {
        expect(cursors).not.toContain(cursor);
        cursors.push(cursor);
      }
    } while (cursor);
    return seen;
  }

  it("lists users and groups page by page (SCIM startIndex/count), and groups by display name", async () => {
    for (let index = demo.store.users.size; index < 5; index += 1)
      demo.store.saveUser(undefined, { schemas: [SCIM_USER], userName: `extra${index}@example.test` });
    const users = await pages("Provisioning List Users", {}, 2);
    expect(users.map((user) => user.id).sort()).toEqual([...demo.store.users.keys()].sort());
    expect(users).toHaveLength(5);

    for (const displayName of ["Sales", "Support"])
      demo.store.saveGroup(undefined, { schemas: [SCIM_GROUP], displayName });
    const groups = await pages("Provisioning List Groups", {}, 2);
    expect(groups.map((group) => group.id).sort()).toEqual([...demo.store.groups.keys()].sort());
    expect(groups.length).toBeGreaterThanOrEqual(3);

    const sales = await pages("Provisioning List Groups by Display Name", { displayName: "sales" }, 2);
    expect(sales.map((group) => group.displayName)).toEqual(["Sales"]);
    // A quote in the name stays inside the filter's string: it cannot widen the filter to every group.
    const crafted = await run("Provisioning List Groups by Display Name", { displayName: 'x" or displayName pr or "' });
    expect(crafted.resources ?? []).toEqual([]);
  });
});
