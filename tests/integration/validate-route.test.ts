// POST /api/projects/:id/validate over a stored project: its ON flows and the project, the same report as
// `ib validate` gives for the project's exported bundle.
import { CONTRACTS as CONTRACT_CATALOG } from "@/lib/contracts/catalog";
import { describe, expect, it } from "vitest";
import { useTempDatabase } from "../helpers/temp-db";
import { CONTRACTS, coreFlows, flow, UNIVERSAL_LOGOUT, universalLogout } from "../helpers/validator-fixtures";
import { signIn } from "../helpers/signed-in";

useTempDatabase();

const owner = await signIn();
const { createProject, linkProject } = await import("@/lib/projects/service");
const { createOinApp } = await import("@/lib/oin/service");
const { createFlow } = await import("@/lib/flows/store");
const { exportProject } = await import("@/lib/bundle/project");
const { validateBundle } = await import("@/lib/project-validation/bundle-view");
const { validateStoredProject } = await import("@/lib/project-validation/stored-view");
const { runStoredFlow } = await import("@/lib/flows/run");
const { POST } = await import("@/app/api/projects/[projectId]/validate/route");

const validate = async (projectId: string) => {
  const response = await POST(
    owner.request(`http://127.0.0.1/api/projects/${projectId}/validate`, { method: "POST" }),
    {
      params: Promise.resolve({ projectId }),
    },
  );
  return { status: response.status, body: await response.json() };
};

describe("POST /api/projects/:id/validate", () => {
  it("checks the ON flows and the project, and matches ib validate on the exported bundle", async () => {
    const project = await createProject({ name: "Validated" });
    for (const core of coreFlows()) await createFlow(project.id, core);
    await createFlow(project.id, flow("Bad_name", "helper"));
    await createFlow(project.id, { ...flow("Off_and_odd", "helper"), enabled: false });

    const unlinked = await validate(project.id);
    expect(unlinked.status).toBe(200);
    expect(unlinked.body.ok).toBe(false);
    expect(unlinked.body.errors.map((entry: { code: string }) => entry.code).sort()).toEqual(["CBDE000003H", "IB4001"]);
    expect(unlinked.body.errors).toContainEqual(
      expect.objectContaining({ code: "CBDE000003H", severity: "error", flow: "Bad_name", field: "name" }),
    );

    const app = await createOinApp({
      displayName: "Validated app",
      description: "An app to validate against",
      capabilities: ["provisioning"],
      ssoProtocol: null,
      variables: [],
      auth: { mode: "basic" },
    });
    await linkProject(project.id, app.id);
    const linked = await validate(project.id);
    // Linked for Provisioning: every required provisioning operation of the contract catalog lacks its ON flow.
    const codes = linked.body.errors.map((entry: { code: string }) => entry.code);
    const required = CONTRACT_CATALOG.filter((contract) => contract.capability === "provisioning" && contract.required);
    expect(codes.filter((code: string) => code !== "IB4004")).toEqual(["CBDE000003H"]);
    expect(codes.filter((code: string) => code === "IB4004")).toHaveLength(required.length);

    const bundle = await exportProject(project.id);
    expect(bundle.oinApp).toEqual({
      capabilities: ["provisioning"],
      authVariables: ["auth_user_name", "auth_user_password"],
    });
    expect(validateBundle(JSON.parse(JSON.stringify(bundle)))).toEqual(linked.body);
  });

  it("counts a required operation as tested once its test flow's latest run passed", async () => {
    const project = await createProject({ name: "Tested" });
    for (const core of coreFlows()) await createFlow(project.id, core);
    await createFlow(project.id, universalLogout());
    const test = await createFlow(project.id, {
      ...flow("Test Logout", "test"),
      event: { type: "test", contract: UNIVERSAL_LOGOUT, options: [], inputs: [], outputs: [] },
    });
    const app = await createOinApp({
      displayName: "Logout app",
      description: "Universal Logout",
      capabilities: ["universalLogout"],
      ssoProtocol: "oidc",
      variables: [],
      auth: { mode: "basic" },
    });
    await linkProject(project.id, app.id);

    const untested = await validateStoredProject(project.id, { contracts: CONTRACTS });
    expect(untested).toEqual({
      ok: true,
      errors: [expect.objectContaining({ code: "IB4007", severity: "warning", flow: "Universal Logout" })],
    });
    expect((await runStoredFlow(test.id, { inputs: {} })).ok).toBe(true);
    expect(await validateStoredProject(project.id, { contracts: CONTRACTS })).toEqual({ ok: true, errors: [] });
  });

  it("answers 404 for an unknown project", async () => {
    const { status, body } = await validate("no-such-project");
    expect(status).toBe(404);
    expect(body.message).toEqual(expect.any(String));
  });
});
