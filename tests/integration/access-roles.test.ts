// Project roles: generated from the spec and the flows as they change, never losing a grant; listed, granted and
// revoked through the JSON routes and `ib role`, with bad input refused at its field; creators keep their project.
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/accounts/actor";
import { ibWithTempData } from "../helpers/ib-cli";
import { signIn } from "../helpers/signed-in";
import { useTempDatabase } from "../helpers/temp-db";
import { card, flow } from "../unit/engine/flow-builder";

useTempDatabase();
const owner = await signIn("owner");

const { createProject } = await import("@/lib/projects/service");
const { uploadSpec } = await import("@/lib/specs-store/store");
const { createFlow } = await import("@/lib/flows/store");
const { grantProjectRole, listProjectRoles } = await import("@/lib/access/grants");
const { createProjectAs, startBuildingAs } = await import("@/lib/access/creator");
const rolesRoute = await import("@/app/api/roles/route");
const grantRoute = await import("@/app/api/roles/grant/route");
const revokeRoute = await import("@/app/api/roles/revoke/route");

const NO_PARAMS = { params: Promise.resolve({}) };

function spec(operations: Record<string, string[]>): string {
  const paths = Object.entries(operations)
    .map(
      ([path, methods]) =>
        `  ${path}:\n${methods.map((method) => `    ${method}:\n      responses:\n        "200":\n          description: ok\n`).join("")}`,
    )
    .join("");
  return `openapi: 3.0.3\ninfo:\n  title: Shop\n  version: "1"\npaths:\n${paths}`;
}

const post = (handler: typeof grantRoute.POST, body: unknown) =>
  handler(
    owner.request(`http://127.0.0.1/api/roles/${handler === grantRoute.POST ? "grant" : "revoke"}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    }),
    NO_PARAMS,
  );

async function rolesOf(projectId?: string) {
  const url = `http://127.0.0.1/api/roles${projectId ? `?project=${projectId}` : ""}`;
  const response = await rolesRoute.GET(owner.request(url), NO_PARAMS);
  expect(response.status).toBe(200);
  return (await response.json()).roles as { name: string; key: string; inUse: boolean; holders: { email: string }[] }[];
}

const summary = (roles: Awaited<ReturnType<typeof rolesOf>>) =>
  roles.map((role) => `${role.name}${role.inUse ? "" : " (unused)"}: ${role.holders.map((h) => h.email).join(",")}`);

describe("project roles", () => {
  it("follow the spec's operations and the flows' methods, and keep every grant when a verb goes out of use", async () => {
    const shop = (await createProject({ name: "Shop" })).id;
    expect(summary(await rolesOf(shop))).toEqual(["Shop admin: "]);

    await uploadSpec(shop, {
      fileName: "v1.yaml",
      text: spec({ "/items": ["get", "post"], "/items/{id}": ["put", "head"] }),
    });
    expect(summary(await rolesOf(shop))).toEqual(["Shop admin: ", "Shop GET: ", "Shop POST: ", "Shop PUT: "]);

    await createFlow(
      shop,
      flow("Edit item", [
        card("patch", "http.rawRequest", { method: "PATCH", url: "/items/1" }),
        card(
          "remove",
          "flow.callFlow",
          { request_method: "delete", relative_url: "/items/1" },
          { options: { flow: "httpHelper" } },
        ),
      ]),
    );
    expect((await rolesOf(shop)).map((role) => role.key)).toEqual(["admin", "GET", "POST", "PUT", "PATCH", "DELETE"]);

    const granted = await post(grantRoute.POST, { role: "Shop PUT", email: " Pat@Example.com " });
    expect(granted.status).toBe(200);
    expect((await granted.json()).role).toMatchObject({ name: "Shop PUT", holders: [{ email: "pat@example.com" }] });

    await uploadSpec(shop, { fileName: "v2.yaml", text: spec({ "/items": ["get"] }) });
    expect(summary(await rolesOf(shop))).toEqual([
      "Shop admin: ",
      "Shop GET: ",
      "Shop PUT (unused): pat@example.com",
      "Shop PATCH: ",
      "Shop DELETE: ",
    ]);

    const other = (await createProject({ name: "Depot" })).id;
    const all = await rolesOf();
    expect(all.map((role) => role.name)).toContain("Depot admin");
    expect((await rolesOf(other)).map((role) => role.name)).toEqual(["Depot admin"]);

    const revoked = await post(revokeRoute.POST, { role: "PUT", projectId: shop, email: "pat@example.com" });
    expect(revoked.status).toBe(200);
    expect(summary(await rolesOf(shop))).not.toContain("Shop PUT (unused): pat@example.com");
    expect((await rolesOf(shop)).map((role) => role.key)).not.toContain("PUT");
  });

  it("refuses bad grants at their field: unknown role, bad email, unknown or ambiguous project, a grant not held", async () => {
    const twin = (await createProject({ name: "Twin" })).id;
    await createProject({ name: "Twin" });
    const cases: [unknown, number, string, string][] = [
      [{ role: "Twin FETCH", email: "a@b.c" }, 400, "/role", 'role "Twin FETCH" is not a project role'],
      [{ role: "", email: "a@b.c" }, 400, "/role", "role is required"],
      [{ role: "POST", email: "a@b.c" }, 400, "/role", 'role "POST" names no project'],
      [{ role: "Twin GET", projectId: twin, email: "not-an-email" }, 400, "/email", "email must be an email address"],
      [{ role: "Twin GET", email: "a@b.c" }, 400, "/projectId", 'More than one project is named "Twin"'],
      [{ role: "Nowhere GET", email: "a@b.c" }, 404, "/role", 'No project is named "Nowhere"'],
      [{ role: "GET", projectId: "missing", email: "a@b.c" }, 404, "", "Project missing not found"],
    ];
    for (const [body, status, pointer, message] of cases) {
      const response = await post(grantRoute.POST, body);
      const answer = await response.json();
      expect(response.status, JSON.stringify(body)).toBe(status);
      expect(answer.message).toContain(message);
      if (pointer) expect(answer.errors[0].location.pointer).toBe(pointer);
    }
    const notHeld = await post(revokeRoute.POST, { role: "GET", projectId: twin, email: "a@b.c" });
    expect(notHeld.status).toBe(404);
    expect((await notHeld.json()).message).toBe('a@b.c does not hold the role "Twin GET"');
  });

  it("lets a builder create a project and hold its admin role; only its admins grant its roles; a viewer creates nothing", async () => {
    const bea: Actor = { userId: "user-bea", email: "bea@example.com", role: "builder", via: "session" };
    const bob: Actor = { userId: "user-bob", email: "bob@example.com", role: "builder", via: "session" };
    const project = await createProjectAs({ name: "Bea's" }, { actor: bea });
    expect((await listProjectRoles(project.id))[0]).toMatchObject({
      name: "Bea's admin",
      holders: [{ email: "bea@example.com", userId: "user-bea" }],
    });

    await expect(
      grantProjectRole({ role: "admin", projectId: project.id, email: "bob@example.com" }, { actor: bob }),
    ).rejects.toMatchObject({
      code: "forbidden",
      message: `Granting the roles of project Bea's needs the role "Bea's admin"`,
    });
    const role = await grantProjectRole(
      { role: "admin", projectId: project.id, email: "bob@example.com" },
      { actor: bea },
    );
    expect(role.holders.map((holder) => holder.email)).toEqual(["bea@example.com", "bob@example.com"]);

    const vic: Actor = { userId: "user-vic", email: "vic@example.com", role: "viewer", via: "session" };
    await expect(createProjectAs({ name: "Vic's" }, { actor: vic })).rejects.toMatchObject({
      code: "forbidden",
      message: "vic@example.com is a viewer: creating needs the instance role builder or above",
    });
  });

  it("gives the builder who starts building an OIN app the admin role of the project created, not of one linked already; another builder may not re-save it", async () => {
    const bea: Actor = { userId: "user-bea", email: "bea@example.com", role: "builder", via: "session" };
    const bob: Actor = { userId: "user-bob", email: "bob@example.com", role: "builder", via: "session" };
    const app = {
      displayName: "Gadgets",
      description: "Gadget provisioning",
      capabilities: ["provisioning"],
      ssoProtocol: null,
      variables: [{ label: "Subdomain", name: "subdomain" }],
      auth: { mode: "basic" },
    };
    const started = await startBuildingAs(app, undefined, { actor: bea });
    await expect(startBuildingAs(app, started.oinApp.id, { actor: bob })).rejects.toMatchObject({ code: "forbidden" });
    const again = await startBuildingAs(app, started.oinApp.id, { actor: bea });
    expect(again.project.id).toBe(started.project.id);
    expect((await listProjectRoles(started.project.id))[0]).toMatchObject({
      name: "Gadgets admin",
      holders: [{ email: "bea@example.com", userId: "user-bea" }],
    });
  });

  it("is listed, granted and revoked by ib role, with --json the routes' shapes and bad input refused", {
    timeout: 120_000,
  }, async () => {
    const { ib } = ibWithTempData();
    const created = await ib("project", "create", "--name", "Acme", "--json");
    const projectId = created.json.project.id as string;

    const granted = await ib("role", "grant", "Acme admin", "--user", "Ops@Example.com");
    expect(granted.code).toBe(0);
    expect(granted.stdout).toContain("Granted Acme admin to ops@example.com");

    const listed = await ib("role", "list", "--project", projectId, "--json");
    expect(listed.json.roles).toEqual([
      expect.objectContaining({
        name: "Acme admin",
        key: "admin",
        holders: [expect.objectContaining({ email: "ops@example.com" })],
      }),
    ]);
    expect((await ib("role", "list")).stdout).toContain(`Acme admin  [project ${projectId}]  held by: ops@example.com`);

    const byKey = await ib("role", "grant", "post", "--project", projectId, "--user", "dev@example.com", "--json");
    expect(byKey.json.role).toMatchObject({ name: "Acme POST", inUse: false });

    const revoked = await ib("role", "revoke", "Acme POST", "--user", "dev@example.com");
    expect(revoked.stdout).toContain("Revoked Acme POST from dev@example.com");

    const bad = await ib("role", "grant", "Acme FETCH", "--user", "dev@example.com");
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('role "Acme FETCH" is not a project role');
    const noUser = await ib("role", "grant", "Acme GET");
    expect(noUser.code).toBe(1);
    expect(noUser.stderr).toContain("email is required");
  });
});
