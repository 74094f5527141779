// Core-flow generation defaults to the auth configuration httpHelper was generated for (GET/POST core-flows routes):
// with two configurations, a later Authping or Regenerate never silently switches to the first one.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { specPath } from "../helpers/paths";
import { useTempDatabase } from "../helpers/temp-db";
import { signIn } from "../helpers/signed-in";
import { at, urlOf } from "../helpers/route-url";

useTempDatabase();

const owner = await signIn();

const { createProject } = await import("@/lib/projects/service");
const { uploadSpec } = await import("@/lib/specs-store/store");
const { generateProjectAuthConfigs, listAuthConfigs } = await import("@/lib/auth/store");
const { listFlows } = await import("@/lib/flows/store");
const coreFlowsRoute = at(
  "/api/projects/[projectId]/core-flows",
  await import("@/app/api/projects/[projectId]/core-flows/route"),
);
const planRoute = at(
  "/api/projects/[projectId]/core-flows/plan",
  await import("@/app/api/projects/[projectId]/core-flows/plan/route"),
);

async function call(handler: typeof coreFlowsRoute.GET, projectId: string, body?: unknown) {
  const init =
    body === undefined
      ? { method: "GET" }
      : { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } };
  const response = await handler(owner.request(urlOf(handler, { projectId }), init), {
    params: Promise.resolve({ projectId }),
  });
  return { status: response.status, json: await response.json() };
}

describe("core flows follow httpHelper's auth configuration", () => {
  it("previews and generates with the configuration httpHelper was generated for, not the first one", async () => {
    const projectId = (await createProject({ name: "Two auths" })).id;
    const spec = "readme-3.0-security.json";
    await uploadSpec(projectId, { fileName: spec, text: readFileSync(specPath(spec), "utf8") });
    await generateProjectAuthConfigs(projectId);
    const configs = await listAuthConfigs(projectId);
    const basic = configs.find((config) => config.name === "basic")!;
    expect(configs[0].id).not.toBe(basic.id);

    const before = await call(coreFlowsRoute.GET, projectId);
    expect(before.json.authConfig.id).toBe(configs[0].id);
    expect(before.json.helperAuthConfig).toBeUndefined();

    const helper = await call(coreFlowsRoute.POST, projectId, { flows: ["httpHelper"], authConfigId: basic.id });
    expect(helper.status).toBe(200);

    const after = await call(coreFlowsRoute.GET, projectId);
    expect(after.json.authConfig).toEqual({ id: basic.id, name: "basic", type: "basic" });
    expect(after.json.helperAuthConfig).toEqual({ id: basic.id, name: "basic", type: "basic" });
    const plan = await call(planRoute.POST, projectId, { flows: ["authping"] });
    expect(plan.json.authConfig.id).toBe(basic.id);
    expect(plan.json.ping.choice).toBeUndefined();
    expect(plan.json.ping.candidates.map((ping: { path: string }) => ping.path)).toContain("/anything/apiKey");

    const rest = await call(coreFlowsRoute.POST, projectId, {
      flows: ["authping", "customApiAction"],
      ping: { path: "/anything/apiKey" },
    });
    expect(rest.status).toBe(200);
    const flows = await listFlows(projectId);
    expect(flows.map((flow) => [flow.name, flow.generatedAuthConfigId])).toEqual(
      expect.arrayContaining([
        ["_authping", basic.id],
        ["Custom API Action", basic.id],
        ["httpHelper", basic.id],
      ]),
    );
  });
});
