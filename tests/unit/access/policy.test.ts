// The one project policy (docs/access.md): each instance role against each action, with and without project roles,
// and the role each method needs on a run.
import { describe, expect, it } from "vitest";
import type { Actor, InstanceRole } from "@/lib/accounts/actor";
import { PROJECT_ACTIONS, type ProjectAccess, projectPermission, requestPermission } from "@/lib/access/policy";
import type { ProjectRoleKey } from "@/lib/access/roles";

const actor = (role: InstanceRole): Actor => ({
  userId: `user-${role}`,
  email: `${role}@example.com`,
  role,
  via: "session",
});
const acme = (...held: ProjectRoleKey[]): ProjectAccess => ({ id: "p1", name: "Acme", held });
const allowed = (decision: { allowed: boolean }) => decision.allowed;

describe("projectPermission", () => {
  it("gives owners, admins and local ib every action without any project role", () => {
    for (const who of [actor("owner"), actor("admin"), undefined])
      for (const action of PROJECT_ACTIONS) expect(allowed(projectPermission(who, acme(), action)), action).toBe(true);
  });

  it("lets a builder read anything, change only with the project's admin role, run with any of its roles", () => {
    const builder = actor("builder");
    const without = PROJECT_ACTIONS.filter((action) => allowed(projectPermission(builder, acme(), action)));
    expect(without).toEqual(["read"]);
    const withGet = PROJECT_ACTIONS.filter((action) => allowed(projectPermission(builder, acme("GET"), action)));
    expect(withGet).toEqual(["read", "run"]);
    for (const action of PROJECT_ACTIONS) expect(allowed(projectPermission(builder, acme("admin"), action))).toBe(true);
    expect(projectPermission(builder, acme("GET"), "delete")).toEqual({
      allowed: false,
      message: 'Deleting from project Acme needs the role "Acme admin"',
      missingRole: "Acme admin",
    });
    expect(projectPermission(builder, acme(), "clone")).toMatchObject({
      message: 'Cloning in project Acme needs the role "Acme admin"',
    });
  });

  it("lets a viewer only read, whatever project roles it holds", () => {
    const viewer = actor("viewer");
    const open = PROJECT_ACTIONS.filter((action) => allowed(projectPermission(viewer, acme("admin"), action)));
    expect(open).toEqual(["read"]);
    expect(projectPermission(viewer, acme("admin"), "change")).toMatchObject({
      message: "Changing project Acme is not open to viewer@example.com: a viewer can only read",
    });
  });
});

describe("requestPermission", () => {
  const builder = actor("builder");

  it("needs the verb's role (HEAD and OPTIONS: GET's; any other method: admin), or the admin role", () => {
    const held = acme("GET", "POST");
    const sendable = ["GET", "head", "OPTIONS", "post", "PUT", "PATCH", "DELETE", "TRACE"].filter((method) =>
      allowed(requestPermission(builder, held, method)),
    );
    expect(sendable).toEqual(["GET", "head", "OPTIONS", "post"]);
    expect(requestPermission(builder, held, "delete")).toEqual({
      allowed: false,
      message: 'Running this flow sends DELETE to the API: it needs the role "Acme DELETE" of project Acme',
      missingRole: "Acme DELETE",
    });
    expect(requestPermission(builder, held, "TRACE")).toMatchObject({ missingRole: "Acme admin" });
    expect(allowed(requestPermission(builder, acme("admin"), "TRACE"))).toBe(true);
  });

  it("refuses every request of a viewer and of a builder with no role of the project", () => {
    expect(allowed(requestPermission(actor("viewer"), acme("admin"), "GET"))).toBe(false);
    expect(requestPermission(builder, acme(), "GET")).toMatchObject({ missingRole: "Acme admin" });
  });
});
