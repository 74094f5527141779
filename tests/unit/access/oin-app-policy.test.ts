// The OIN app policy on its own: an unlinked app is its creator's (one with no recorded creator is left to owners and
// admins), a linked one needs the action on every project linked to it, viewers only read.
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/accounts/actor";
import { type OinAppAccess, oinAppPermission } from "@/lib/access/oin-app-policy";

const actor = (userId: string, role: Actor["role"]): Actor => ({
  userId,
  email: `${userId}@x.test`,
  role,
  via: "session",
});
const bea = actor("bea", "builder");
const app = (overrides: Partial<OinAppAccess>): OinAppAccess => ({
  id: "a1",
  name: "Acme",
  createdById: "bea",
  projects: [],
  ...overrides,
});
const allowed = (who: Actor | undefined, access: OinAppAccess, action: "read" | "change" | "delete") =>
  oinAppPermission(who, access, action).allowed;

describe("oinAppPermission", () => {
  it("gives an unlinked app to its creator, owners and admins; one without a creator to owners and admins only", () => {
    expect(allowed(bea, app({}), "change")).toBe(true);
    expect(allowed(actor("bob", "builder"), app({}), "delete")).toBe(false);
    expect(allowed(bea, app({ createdById: null }), "change")).toBe(false);
    expect(allowed(actor("ada", "admin"), app({ createdById: null }), "delete")).toBe(true);
    expect(allowed(undefined, app({ createdById: null }), "delete")).toBe(true);
    expect(allowed(actor("bea", "viewer"), app({}), "change")).toBe(false);
    expect(allowed(actor("vic", "viewer"), app({}), "read")).toBe(true);
  });

  it("governs a linked app by the admin role of every project linked to it, not by its creator", () => {
    const one = { id: "p1", name: "One", held: ["admin"] as const };
    const two = { id: "p2", name: "Two", held: ["GET"] as const };
    expect(allowed(bea, app({ projects: [one] }), "change")).toBe(true);
    expect(allowed(bea, app({ projects: [{ ...one, held: [] }] }), "change")).toBe(false);
    const decision = oinAppPermission(bea, app({ projects: [one, two] }), "delete");
    expect(decision).toEqual({
      allowed: false,
      message: 'Deleting OIN app Acme changes its project Two: Deleting from project Two needs the role "Two admin"',
      missingRole: "Two admin",
    });
  });
});
