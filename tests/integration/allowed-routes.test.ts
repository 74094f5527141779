// Issue 22, defect 4: what a page offers its user comes from the routes' own policy. allowedRoutes answers, for a
// viewer, a builder without a project role and one with the project's admin role, exactly what the routes answer:
// a refused route's reason is the route's own 403 message; validating (a read) is open to viewers.
import { describe, expect, it } from "vitest";
import { at, urlOf } from "../helpers/route-url";
import { type SignedIn, signIn } from "../helpers/signed-in";
import { useTempDatabase } from "../helpers/temp-db";

useTempDatabase();
const { sessionActor } = await import("@/lib/accounts/session");
const { allowedRoutes } = await import("@/lib/routes/allowed");
const { createProject } = await import("@/lib/projects/service");
const { grantRole } = await import("@/lib/access/grants");
const { createOinApp } = await import("@/lib/oin/service");
const projectRoute = at("/api/projects/[projectId]", await import("@/app/api/projects/[projectId]/route"));
const validateRoute = at(
  "/api/projects/[projectId]/validate",
  await import("@/app/api/projects/[projectId]/validate/route"),
);

const [viewer, builder, projectAdmin] = await Promise.all([signIn("viewer"), signIn("builder"), signIn("builder")]);
const projectId = (await createProject({ name: "Rights" })).id;
await grantRole(projectId, "admin", { email: projectAdmin.email, userId: projectAdmin.userId });
const oinAppId = (
  await createOinApp({
    displayName: "Rights app",
    description: "d",
    capabilities: ["provisioning"],
    ssoProtocol: null,
    variables: [],
    auth: { mode: "basic" },
  })
).id;

const rightsOf = async (user: SignedIn, subject = { projectId }) =>
  allowedRoutes(await sessionActor(new Headers({ cookie: user.cookie })), subject);
const params = { params: Promise.resolve({ projectId }) };
const patch = (user: SignedIn) =>
  projectRoute.PATCH(
    user.request(urlOf(projectRoute.PATCH, { projectId }), {
      method: "PATCH",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: "Renamed" }),
    }),
    params,
  );
const validate = (user: SignedIn) =>
  validateRoute.POST(user.request(urlOf(validateRoute.POST, { projectId }), { method: "POST" }), params);

describe("allowedRoutes", () => {
  it("refuses a viewer every change with the route's own 403 message, and lets them validate", async () => {
    const rights = await rightsOf(viewer);
    const refused = rights["PATCH /api/projects/[projectId]"];
    const answer = await patch(viewer);
    expect(answer.status).toBe(403);
    expect(refused).toEqual({ allowed: false, reason: (await answer.json()).message });
    expect(rights["DELETE /api/flows/[flowId]"]?.allowed).toBe(false);
    expect(rights["POST /api/projects/[projectId]/submit"]?.allowed).toBe(false);
    expect(rights["POST /api/projects/[projectId]/validate"]).toEqual({ allowed: true });
    expect((await validate(viewer)).status).toBe(200);
  });

  it("follows the project role of a builder", async () => {
    const outsider = await rightsOf(builder);
    const answer = await patch(builder);
    expect(answer.status).toBe(403);
    expect(outsider["PATCH /api/projects/[projectId]"]).toEqual({
      allowed: false,
      reason: (await answer.json()).message,
    });
    expect(outsider["POST /api/projects"]).toEqual({ allowed: true });
    const admin = await rightsOf(projectAdmin);
    expect(admin["PATCH /api/projects/[projectId]"]).toEqual({ allowed: true });
    expect((await patch(projectAdmin)).status).toBe(200);
  });

  it("answers only the routes about what the page shows", async () => {
    const projectPage = await rightsOf(viewer);
    expect(projectPage["PUT /api/oin-apps/[oinAppId]"]).toBeUndefined();
    const appPage = await allowedRoutes(await sessionActor(new Headers({ cookie: viewer.cookie })), { oinAppId });
    expect(appPage["PUT /api/oin-apps/[oinAppId]"]?.allowed).toBe(false);
    expect(appPage["PATCH /api/projects/[projectId]"]).toBeUndefined();
  });
});
