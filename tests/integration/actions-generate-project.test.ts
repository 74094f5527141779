// Action flows generated into a project: choices of runner-ups, replacing unedited drafts, keeping edited ones.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scimDemoOpenApi } from "@/demo/scim/openapi";
import { ibWithTempData } from "../helpers/ib-cli";
import { PROVISIONING_SPECS_DIR } from "../helpers/paths";
import { useTempDatabase } from "../helpers/temp-db";
import { signIn } from "../helpers/signed-in";

useTempDatabase();

const owner = await signIn();
const { createProject, linkProject } = await import("@/lib/projects/service");
const { createOinApp } = await import("@/lib/oin/service");
const { uploadSpec } = await import("@/lib/specs-store/store");
const { getFlowByName, saveFlow, setFlowEnabled } = await import("@/lib/flows/store");
const generateRoute = await import("@/app/api/projects/[projectId]/actions/generate/route");
const planRoute = await import("@/app/api/projects/[projectId]/actions/plan/route");

const call = (handler: typeof generateRoute.POST, projectId: string, body: unknown) =>
  handler(
    owner.request(
      `http://127.0.0.1/api/projects/${projectId}/actions/${handler === planRoute.POST ? "plan" : "generate"}`,
      {
        method: "POST",
        body: JSON.stringify(body),
        headers: { "content-type": "application/json" },
      },
    ),
    { params: Promise.resolve({ projectId }) },
  );

interface Outcome {
  name: string;
  action: string;
  reason?: string;
}

describe("POST /api/projects/:id/actions/generate", () => {
  it("drafts the chosen runner-up, replaces an unedited draft, skips an edited one, refuses a non-candidate", async () => {
    const project = await createProject({ name: "GitLab" });
    const text = readFileSync(join(PROVISIONING_SPECS_DIR, "gitlab-v3.json"), "utf8");
    await uploadSpec(project.id, { fileName: "gitlab-v3.json", text });
    const plan = await (await call(planRoute.POST, project.id, {})).json();
    const target = plan.actions.find(
      (action: { operation: unknown; candidates: unknown[] }) => action.operation && action.candidates.length > 0,
    );
    const contract: string = target.contract;
    const runnerUp = target.candidates[0];

    const first = await call(generateRoute.POST, project.id, { contracts: [contract] });
    expect(first.status).toBe(200);
    const created = (await first.json()).flows as Outcome[];
    expect(created).toContainEqual(expect.objectContaining({ name: contract, action: "created" }));
    const stored = await getFlowByName(project.id, contract);
    expect(stored?.folder).toBe(`Actions/${contract}`);
    expect(stored?.flow.description).toContain(`${target.operation.method.toUpperCase()} ${target.operation.path} `);

    const choices = { [contract]: { method: runnerUp.method, path: runnerUp.path } };
    const second = await call(generateRoute.POST, project.id, { contracts: [contract], choices });
    expect(second.status).toBe(200);
    const result = await second.json();
    expect(result.flows).toContainEqual(expect.objectContaining({ name: contract, action: "replaced" }));
    const replaced = await getFlowByName(project.id, contract);
    expect(replaced?.flow.description).toContain(`${runnerUp.method.toUpperCase()} ${runnerUp.path} `);
    expect(replaced?.flow.description).toContain("chosen by you");
    await setFlowEnabled(replaced!.id, false);
    const switched = await (await call(generateRoute.POST, project.id, { contracts: [contract], choices })).json();
    expect(switched.flows).toContainEqual(expect.objectContaining({ name: contract, action: "unchanged" }));

    await saveFlow(replaced!.id, { ...replaced!.flow, description: "Mine now" }, replaced!.version);
    const third = await (await call(generateRoute.POST, project.id, { contracts: [contract] })).json();
    const skipped = (third.flows as Outcome[]).find((flow) => flow.name === contract);
    expect(skipped).toMatchObject({ action: "skipped", reason: expect.stringMatching(/changed since/) });
    expect((await getFlowByName(project.id, contract))?.flow.description).toBe("Mine now");

    const wrong = await call(generateRoute.POST, project.id, {
      choices: { [contract]: { method: "get", path: "/not/a/candidate" } },
    });
    expect(wrong.status).toBe(400);
    const error = await wrong.json();
    expect(error.message).toMatch(/not a candidate/);
    expect(error.errors[0].location.pointer).toBe(`/choices/${contract}`);
    const unknown = await call(generateRoute.POST, project.id, { contracts: ["Provisioning Fly"] });
    expect(unknown.status).toBe(400);
  });
});

describe("generating for a linked OIN app", () => {
  const ENTITLEMENTS = ["Provisioning List Entitlement Schema", "Provisioning List Entitlement Schema Property Values"];

  it("drafts no entitlement flows for an app without Entitlement Management, saying why (Add Action's gate)", async () => {
    const text = JSON.stringify(scimDemoOpenApi("http://127.0.0.1:9"));
    const draftsFor = async (capabilities: string[]) => {
      const project = await createProject({ name: `SCIM ${capabilities.join("+")}` });
      const app = await createOinApp({
        displayName: `SCIM app ${capabilities.join("+")}`,
        description: "d",
        capabilities,
        ssoProtocol: null,
        variables: [],
        auth: { mode: "basic" },
      });
      await linkProject(project.id, app.id);
      await uploadSpec(project.id, { fileName: "scim.json", text });
      return (await call(generateRoute.POST, project.id, {})).json();
    };

    const withIt = await draftsFor(["provisioning", "entitlementManagement"]);
    for (const contract of ENTITLEMENTS) expect(withIt.flows.map((flow: Outcome) => flow.name)).toContain(contract);

    const without = await draftsFor(["provisioning"]);
    for (const contract of ENTITLEMENTS) {
      expect(without.flows.map((flow: Outcome) => flow.name)).not.toContain(contract);
      expect(without.notDrafted).toContainEqual({
        contract,
        reason: expect.stringContaining("does not have the Entitlement Management capability"),
      });
    }
    expect(without.flows.map((flow: Outcome) => flow.name)).toContain("Provisioning Create User");
  });
});

describe("ib actions generate", () => {
  it("generates a project's drafts with a runner-up chosen, and leaves them unchanged the second time", {
    timeout: 120_000,
  }, async () => {
    const { ib } = ibWithTempData();
    const project = await ib("project", "create", "--name", "GitLab", "--json");
    const id = project.json.project.id;
    await ib("spec", "upload", id, join(PROVISIONING_SPECS_DIR, "gitlab-v3.json"));
    const plan = await ib("actions", "plan", "--project", id, "--json");
    const target = plan.json.actions.find(
      (action: { operation: unknown; candidates: unknown[] }) => action.operation && action.candidates.length > 0,
    );
    const runnerUp = target.candidates[0];
    const choose = `${target.contract}=${runnerUp.method.toUpperCase()} ${runnerUp.path}`;
    const args = ["actions", "generate", id, "--contracts", target.contract, "--choose", choose, "--json"];
    const first = await ib(...args);
    expect(first.code, first.stderr).toBe(0);
    expect(first.json.flows).toContainEqual(expect.objectContaining({ name: target.contract, action: "created" }));
    const again = await ib(...args);
    expect(again.json.flows).toContainEqual(expect.objectContaining({ name: target.contract, action: "unchanged" }));
    const wrong = await ib("actions", "generate", id, "--choose", `${target.contract}=GET /nowhere`);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain(`/choices/${target.contract}`);
  });
});
