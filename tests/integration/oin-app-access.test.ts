// Issue 20 finding 2: OIN apps have owners. Through the real routes, a builder may not change, delete, re-save (Save
// and start building), give a logo to, or link a project to another builder's app; an app linked to a project is
// governed by that project's roles; instance admins may do anything; viewers only read.
import { beforeAll, describe, expect, it } from "vitest";
import { type SignedIn, signIn } from "../helpers/signed-in";
import { useTempDatabase } from "../helpers/temp-db";

useTempDatabase();
const { db } = await import("@/lib/db/client");
const { grantRole } = await import("@/lib/access/grants");
const appsRoute = await import("@/app/api/oin-apps/route");
const appRoute = await import("@/app/api/oin-apps/[oinAppId]/route");
const logoRoute = await import("@/app/api/oin-apps/[oinAppId]/logo/route");
const startRoute = await import("@/app/api/oin-apps/start-building/route");
const projectsRoute = await import("@/app/api/projects/route");
const linkRoute = await import("@/app/api/projects/[projectId]/link/route");

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

const payload = (displayName: string) => ({
  displayName,
  description: `${displayName} provisioning`,
  capabilities: ["provisioning"],
  ssoProtocol: null,
  variables: [{ label: "Subdomain", name: "subdomain" }],
  auth: { mode: "basic" },
});

async function send(
  who: SignedIn,
  handler: unknown,
  method: string,
  path: string,
  params: Record<string, string>,
  body?: unknown,
): Promise<Response> {
  const init: RequestInit =
    body instanceof FormData
      ? { method, body }
      : body === undefined
        ? { method }
        : { method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) };
  return (handler as Handler)(who.request(`http://127.0.0.1${path}`, init), { params: Promise.resolve(params) });
}

const logoForm = () => {
  const form = new FormData();
  form.set("file", new Blob([PNG], { type: "image/png" }), "logo.png");
  return form;
};

let bea: SignedIn;
let bob: SignedIn;
let vic: SignedIn;
let ada: SignedIn;

async function appOf(who: SignedIn, name: string): Promise<string> {
  const response = await send(who, appsRoute.POST, "POST", "/api/oin-apps", {}, payload(name));
  expect(response.status).toBe(200);
  return (await response.json()).oinApp.id;
}

async function projectOf(who: SignedIn, name: string): Promise<string> {
  const response = await send(who, projectsRoute.POST, "POST", "/api/projects", {}, { name });
  expect(response.status).toBe(200);
  return (await response.json()).project.id;
}

/** Save and start building a new app: the app and the project linked to it, the project's admin role to `who`. */
async function startedBy(who: SignedIn, name: string): Promise<{ oinAppId: string; projectId: string }> {
  const response = await send(who, startRoute.POST, "POST", "/api/oin-apps/start-building", {}, payload(name));
  expect(response.status).toBe(200);
  const { oinApp, project } = await response.json();
  return { oinAppId: oinApp.id, projectId: project.id };
}

const linkedApp = async (projectId: string) =>
  (await db().project.findUnique({ where: { id: projectId }, select: { oinAppId: true } }))?.oinAppId;

beforeAll(async () => {
  [bea, bob, vic, ada] = await Promise.all([signIn("builder"), signIn("builder"), signIn("viewer"), signIn("admin")]);
});

describe("an OIN app linked to no project", () => {
  it("is changed only by its creator: another builder gets 403 on update, delete, logo and Save and start building", async () => {
    const oinAppId = await appOf(bea, "Beas app");
    const path = `/api/oin-apps/${oinAppId}`;
    const refusals: [string, Response][] = [
      ["PUT", await send(bob, appRoute.PUT, "PUT", path, { oinAppId }, payload("Taken"))],
      ["PUT logo", await send(bob, logoRoute.PUT, "PUT", `${path}/logo`, { oinAppId }, logoForm())],
      ["POST logo", await send(bob, logoRoute.POST, "POST", `${path}/logo`, { oinAppId }, logoForm())],
      [
        "start building",
        await send(bob, startRoute.POST, "POST", "/api/oin-apps/start-building", {}, { ...payload("Taken"), oinAppId }),
      ],
      ["DELETE", await send(bob, appRoute.DELETE, "DELETE", path, { oinAppId })],
    ];
    for (const [what, response] of refusals) {
      expect(response.status, what).toBe(403);
      expect((await response.json()).message, what).toContain("OIN app Beas app");
    }
    const kept = await db().oinApp.findUnique({ where: { id: oinAppId } });
    expect(kept).toMatchObject({ displayName: "Beas app", logoMime: null });
    expect(await db().project.count({ where: { oinAppId } })).toBe(0);

    expect((await send(bea, appRoute.PUT, "PUT", path, { oinAppId }, payload("Beas app v2"))).status).toBe(200);
    expect((await send(bea, logoRoute.PUT, "PUT", `${path}/logo`, { oinAppId }, logoForm())).status).toBe(200);
    expect((await send(vic, appRoute.GET, "GET", path, { oinAppId })).status).toBe(200);
    expect((await send(vic, appRoute.PUT, "PUT", path, { oinAppId }, payload("Viewed"))).status).toBe(403);
    expect((await send(ada, appRoute.DELETE, "DELETE", path, { oinAppId })).status).toBe(200);
  });

  it("cannot be linked to another's project, nor another's app to one's own project", async () => {
    const beasApp = await appOf(bea, "Linkable");
    const bobsProject = await projectOf(bob, "Bobs project");
    const beasProject = await projectOf(bea, "Beas project");
    const link = (who: SignedIn, projectId: string, oinAppId: string) =>
      send(who, linkRoute.POST, "POST", `/api/projects/${projectId}/link`, { projectId }, { oinAppId });

    const stolen = await link(bob, bobsProject, beasApp);
    expect(stolen.status).toBe(403);
    expect((await stolen.json()).message).toContain("OIN app Linkable");
    expect(await linkedApp(bobsProject)).toBeNull();
    expect((await link(bob, beasProject, await appOf(bob, "Bobs app"))).status).toBe(403);
    expect(await linkedApp(beasProject)).toBeNull();

    expect((await link(bea, beasProject, beasApp)).status).toBe(200);
    expect(await linkedApp(beasProject)).toBe(beasApp);
  });
});

describe("an OIN app linked to a project", () => {
  it("is governed by the project's roles: no role or a verb role gets 403 and the project stays linked; its admin role may change it", async () => {
    const { oinAppId, projectId } = await startedBy(bea, "Gizmo");
    const path = `/api/oin-apps/${oinAppId}`;
    const deleted = await send(bob, appRoute.DELETE, "DELETE", path, { oinAppId });
    expect(deleted.status).toBe(403);
    expect((await deleted.json()).message).toBe(
      'Deleting OIN app Gizmo changes its project Gizmo: Deleting from project Gizmo needs the role "Gizmo admin"',
    );
    expect(await linkedApp(projectId)).toBe(oinAppId);

    await grantRole(projectId, "GET", { email: bob.email });
    expect((await send(bob, appRoute.PUT, "PUT", path, { oinAppId }, payload("Gizmo"))).status).toBe(403);
    await grantRole(projectId, "admin", { email: bob.email });
    expect((await send(bob, appRoute.PUT, "PUT", path, { oinAppId }, payload("Gizmo 2"))).status).toBe(200);
    const again = await send(
      bob,
      startRoute.POST,
      "POST",
      "/api/oin-apps/start-building",
      {},
      { ...payload("Gizmo 3"), oinAppId },
    );
    expect(again.status).toBe(200);
    expect((await again.json()).project.id).toBe(projectId);
  });

  it("is not deleted by a builder of another project, and an instance admin may delete it", async () => {
    const { oinAppId, projectId } = await startedBy(bea, "Widget");
    await projectOf(bob, "Bobs other project");
    const path = `/api/oin-apps/${oinAppId}`;
    expect((await send(bob, appRoute.DELETE, "DELETE", path, { oinAppId })).status).toBe(403);
    expect((await send(vic, appRoute.DELETE, "DELETE", path, { oinAppId })).status).toBe(403);
    expect(await linkedApp(projectId)).toBe(oinAppId);
    expect((await send(ada, appRoute.DELETE, "DELETE", path, { oinAppId })).status).toBe(200);
    expect(await linkedApp(projectId)).toBeNull();
  });
});
