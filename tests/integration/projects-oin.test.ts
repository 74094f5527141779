// Projects and OIN apps through their lib services, on a real (temporary) database.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { useTempDatabase } from "../helpers/temp-db";
import { specPath } from "../helpers/paths";

useTempDatabase();

const { db } = await import("@/lib/db/client");
const { AppError } = await import("@/lib/errors");
const oin = await import("@/lib/oin/service");
const { saveAndStartBuilding } = await import("@/lib/oin/start-building");
const { tenantVariablesFor } = await import("@/lib/oin/tenant-variables");
const projects = await import("@/lib/projects/service");
const { uploadSpec } = await import("@/lib/specs-store/store");
const { SECRET_MASK } = await import("@/lib/secrets/mask");

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

const app = (overrides: Record<string, unknown> = {}) => ({
  displayName: "Acme",
  description: "Acme user provisioning",
  capabilities: ["provisioning"],
  ssoProtocol: null,
  variables: [{ label: "Subdomain", name: "subdomain" }],
  auth: { mode: "basic" },
  ...overrides,
});

async function rejection(promise: Promise<unknown>): Promise<InstanceType<typeof AppError>> {
  const error = await promise.then(
    () => undefined,
    (caught) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as InstanceType<typeof AppError>;
}

describe("OIN apps", () => {
  it("refuses an invalid app with every problem and its field, saving nothing", async () => {
    const error = await rejection(
      oin.createOinApp(
        app({
          displayName: "",
          variables: [
            { label: "Sub", name: "subDomain" },
            { label: "", name: "x" },
          ],
        }),
      ),
    );
    expect(error.code).toBe("invalid_input");
    expect(error.problems.map((problem) => problem.location?.field)).toEqual([
      "displayName",
      "variables[0].name",
      "variables[1].label",
    ]);
    expect(error.problems[1].message).toContain(
      "must be lowercase: the OIN Wizard doesn't support uppercase or camelCase names",
    );
    expect(await oin.listOinApps()).toEqual([]);
  });

  it("seals the OAuth client secret, masks it when read, and keeps it when the mask is sent back", async () => {
    const oauth = {
      mode: "oauth2",
      authorizeEndpoint: "https://{subdomain}.acme.test/authorize",
      tokenEndpoint: "https://acme.test/token",
      clientId: "cid",
      clientSecret: "s3cret-value",
      scopes: "users.read users.write",
    };
    const created = await oin.createOinApp(app({ auth: oauth }));
    expect(created.status).toBe("DRAFT");
    expect(created.auth).toEqual({ ...oauth, clientSecret: SECRET_MASK, scopes: ["users.read", "users.write"] });

    const row = await db().oinApp.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.authSettings).not.toContain("s3cret-value");
    expect(row.authSecrets).not.toContain("s3cret-value");

    await oin.updateOinApp(created.id, app({ displayName: "Acme 2", auth: { ...oauth, clientSecret: SECRET_MASK } }));
    const { openSecrets } = await import("@/lib/secrets/crypto");
    const after = await db().oinApp.findUniqueOrThrow({ where: { id: created.id } });
    expect(openSecrets(after.authSecrets, "test")).toEqual({ clientSecret: "s3cret-value" });

    const masked = await rejection(oin.createOinApp(app({ auth: { ...oauth, clientSecret: SECRET_MASK } })));
    expect(masked.problems[0].location?.field).toBe("auth.clientSecret");
  });

  it("refuses a logo that is too big or not an image, keeping the previous one", async () => {
    const created = await oin.createOinApp(app());
    await oin.setOinAppLogo(created.id, PNG);
    const big = new Uint8Array(1024 * 1024 + 1);
    big.set(PNG);
    expect((await rejection(oin.setOinAppLogo(created.id, big))).code).toBe("too_large");
    expect((await rejection(oin.setOinAppLogo(created.id, new TextEncoder().encode("<svg/>")))).message).toMatch(
      /PNG, JPG or GIF/,
    );
    expect(await oin.getOinAppLogo(created.id)).toEqual({ bytes: PNG, mime: "image/png" });
  });
});

describe("projects", () => {
  let oinAppId: string;
  let projectId: string;

  const widgets = app({
    displayName: "Widgets",
    variables: [
      { label: "Subdomain", name: "subdomain" },
      { label: "Region", name: "region" },
    ],
  });

  beforeAll(async () => {
    const started = await saveAndStartBuilding(widgets);
    oinAppId = started.oinApp.id;
    projectId = started.project.id;
  });

  it("Save and start building creates a project linked to the app, in status DRAFT", async () => {
    const project = await projects.getProject(projectId);
    expect(project).toMatchObject({
      name: "Widgets",
      status: "DRAFT",
      protocol: "Build with no-code integration builder",
      oinApp: { id: oinAppId },
    });
    const again = await saveAndStartBuilding(widgets, oinAppId);
    expect(again.project.id).toBe(projectId);
  });

  it("renaming the project leaves the OIN app alone", async () => {
    await projects.updateProject(projectId, { name: "Widgets (mine)", description: "Local notes" });
    expect((await oin.getOinApp(oinAppId)).displayName).toBe("Widgets");
    expect((await rejection(projects.updateProject(projectId, { name: " " }))).problems[0].location?.field).toBe(
      "name",
    );
    expect((await projects.getProject(projectId)).name).toBe("Widgets (mine)");
  });

  it("unlinking removes the tenant variables from tenantVariablesFor", async () => {
    expect(await tenantVariablesFor(projectId)).toEqual({
      linked: true,
      oinAppId,
      variables: [
        { label: "Subdomain", name: "subdomain" },
        { label: "Region", name: "region" },
      ],
      authVariables: [
        { label: "Username", name: "auth_user_name" },
        { label: "Password", name: "auth_user_password" },
      ],
    });
    const unlinked = await projects.unlinkProject(projectId);
    expect(unlinked.status).toBe("Not linked");
    expect(await tenantVariablesFor(projectId)).toEqual({
      linked: false,
      oinAppId: null,
      variables: [],
      authVariables: [],
      reason: "not linked",
    });
    await projects.linkProject(projectId, oinAppId);
    expect((await tenantVariablesFor(projectId)).variables).toHaveLength(2);
    expect((await rejection(projects.linkProject(projectId, "missing"))).code).toBe("not_found");
  });

  it("deleting an OIN app unlinks its projects instead of deleting them", async () => {
    const started = await saveAndStartBuilding(app({ displayName: "Doomed" }));
    await oin.deleteOinApp(started.oinApp.id);
    expect((await projects.getProject(started.project.id)).status).toBe("Not linked");
  });

  it("refuses a bad project logo and keeps the project unchanged", async () => {
    expect(
      (await rejection(projects.setProjectLogo(projectId, new TextEncoder().encode("GIF7 not really")))).code,
    ).toBe("invalid_input");
    expect((await rejection(projects.getProjectLogo(projectId))).code).toBe("not_found");
    await projects.setProjectLogo(projectId, PNG);
    expect((await projects.getProject(projectId)).hasLogo).toBe(true);
  });

  it("deleting a project deletes its spec versions and everything else in it", async () => {
    const doomed = await projects.createProject({ name: "Temporary" });
    await uploadSpec(doomed.id, {
      fileName: "oai-v3.0-petstore.yaml",
      text: readFileSync(specPath("oai-v3.0-petstore.yaml"), "utf8"),
    });
    expect(await db().spec.count({ where: { projectId: doomed.id } })).toBe(1);
    await projects.deleteProject(doomed.id);
    expect(await db().spec.count({ where: { projectId: doomed.id } })).toBe(0);
    expect((await rejection(projects.getProject(doomed.id))).code).toBe("not_found");
    expect((await rejection(projects.deleteProject(doomed.id))).code).toBe("not_found");
    expect(await oin.getOinApp(oinAppId)).toBeTruthy();
  });
});
