// Issue 20, finding 7: GET /api/roles shows who holds a role to those who may grant it (owners, admins, the project's
// admin role holders); everyone else sees each role's name, how many hold it, and only their own grants.
import { describe, expect, it } from "vitest";
import { signIn, type SignedIn } from "../helpers/signed-in";
import { useTempDatabase } from "../helpers/temp-db";

useTempDatabase();
const admin = await signIn("admin");
const viewer = await signIn("viewer");
const builder = await signIn("builder");
const { createProject } = await import("@/lib/projects/service");
const { grantRole } = await import("@/lib/access/grants");
const rolesRoute = await import("@/app/api/roles/route");

const project = await createProject({ name: "Acme" });
await grantRole(project.id, "admin", { email: builder.email, userId: builder.userId });
await grantRole(project.id, "admin", { email: "someone-else@example.test" });
await grantRole(project.id, "admin", { email: viewer.email, userId: viewer.userId });

async function adminRoleAs(user: SignedIn) {
  const response = await rolesRoute.GET(user.request(`http://127.0.0.1/api/roles?project=${project.id}`), {
    params: Promise.resolve({}),
  });
  expect(response.status).toBe(200);
  const [role] = (await response.json()).roles;
  return { count: role.holderCount, emails: role.holders.map((holder: { email: string }) => holder.email).sort() };
}

describe("who sees a role's holders", () => {
  const everyone = [builder.email, "someone-else@example.test", viewer.email].sort();

  it("shows every holder to an admin and to a holder of the project's admin role", async () => {
    expect(await adminRoleAs(admin)).toEqual({ count: 3, emails: everyone });
    expect(await adminRoleAs(builder)).toEqual({ count: 3, emails: everyone });
  });

  it("shows a viewer how many hold the role and only its own grant", async () => {
    expect(await adminRoleAs(viewer)).toEqual({ count: 3, emails: [viewer.email] });
  });
});
