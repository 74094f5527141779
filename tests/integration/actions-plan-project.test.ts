// The plan over a project's current spec: the route and `ib actions plan --project` answer the same plan.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ibWithTempData } from "../helpers/ib-cli";
import { PROVISIONING_SPECS_DIR } from "../helpers/paths";
import { useTempDatabase } from "../helpers/temp-db";
import { signIn } from "../helpers/signed-in";

useTempDatabase();

const owner = await signIn();
const { createProject } = await import("@/lib/projects/service");
const { uploadSpec } = await import("@/lib/specs-store/store");
const planRoute = await import("@/app/api/projects/[projectId]/actions/plan/route");

const post = (projectId: string, body = "{}") =>
  planRoute.POST(
    owner.request(`http://127.0.0.1/api/projects/${projectId}/actions/plan`, {
      method: "POST",
      body,
      headers: { "content-type": "application/json" },
    }),
    { params: Promise.resolve({ projectId }) },
  );

describe("POST /api/projects/:id/actions/plan", () => {
  it("plans over the current spec version, and says to upload one first when there is none", async () => {
    const project = await createProject({ name: "GitLab" });
    const empty = await post(project.id);
    expect(empty.status).toBe(404);
    expect((await empty.json()).message).toMatch(/upload one/);

    const text = readFileSync(join(PROVISIONING_SPECS_DIR, "gitlab-v3.json"), "utf8");
    await uploadSpec(project.id, { fileName: "gitlab-v3.json", text });
    const response = await post(project.id);
    expect(response.status).toBe(200);
    const plan = await response.json();
    expect(plan.specVersion).toBe(1);
    const deactivate = plan.actions.find(
      (action: { contract: string }) => action.contract === "Provisioning Deactivate User",
    );
    expect(deactivate.operation).toEqual({ method: "put", path: "/v3/users/{id}/block" });
    // No schema endpoint in GitLab's API: the user schema is drafted from the user the spec describes.
    const schema = plan.withoutOperation.find(
      (draft: { contract: string }) => draft.contract === "Provisioning List User Schema",
    );
    expect(schema?.why).toBeTruthy();
    expect(
      plan.actions.find((action: { contract: string }) => action.contract === schema.contract).operation,
    ).toBeNull();
    expect((await post(project.id, "[1]")).status).toBe(400);
  });
});

describe("ib actions plan --project", () => {
  it("prints the same plan as the route for a project's spec", { timeout: 120_000 }, async () => {
    const { ib } = ibWithTempData();
    const project = await ib("project", "create", "--name", "GitLab", "--json");
    const id = project.json.project.id;
    await ib("spec", "upload", id, join(PROVISIONING_SPECS_DIR, "gitlab-v3.json"));
    const plan = await ib("actions", "plan", "--project", id, "--json");
    expect(plan.code).toBe(0);
    expect(plan.json.actions).toHaveLength(22);
    expect(plan.json.actions[1].operation).toEqual({ method: "post", path: "/v3/users" });
    const both = await ib("actions", "plan", "x.json", "--project", id, "--json");
    expect(both.code).toBe(1);
  });
});
