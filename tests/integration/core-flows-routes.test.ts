// Core flows through the JSON routes, against Prism: generation order, Test connection (_authping), a Custom API
// Action POST with a sampled body, regeneration that never overwrites an edited flow, and the flow routes.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTempDatabase } from "../helpers/temp-db";
import { specPath } from "../helpers/paths";
import { startPrism, type RunningPrism } from "../helpers/servers/prism";
import { signIn } from "../helpers/signed-in";
import { at, urlOf } from "../helpers/route-url";

useTempDatabase();

const owner = await signIn();

const { createProject } = await import("@/lib/projects/service");
const { uploadSpec } = await import("@/lib/specs-store/store");
const { generateProjectAuthConfigs, listAuthConfigs } = await import("@/lib/auth/store");
const { createConnection, connectionDraft } = await import("@/lib/connections/store");
const { closeDispatchers } = await import("@/lib/http/dispatcher");
const coreFlowsRoute = at(
  "/api/projects/[projectId]/core-flows",
  await import("@/app/api/projects/[projectId]/core-flows/route"),
);
const planRoute = at(
  "/api/projects/[projectId]/core-flows/plan",
  await import("@/app/api/projects/[projectId]/core-flows/plan/route"),
);
const sampleRoute = at(
  "/api/projects/[projectId]/core-flows/sample",
  await import("@/app/api/projects/[projectId]/core-flows/sample/route"),
);
const projectFlowsRoute = at(
  "/api/projects/[projectId]/flows",
  await import("@/app/api/projects/[projectId]/flows/route"),
);
const flowRoute = at("/api/flows/[flowId]", await import("@/app/api/flows/[flowId]/route"));
const versionsRoute = at("/api/flows/[flowId]/versions", await import("@/app/api/flows/[flowId]/versions/route"));
const versionRoute = at(
  "/api/flows/[flowId]/versions/[version]",
  await import("@/app/api/flows/[flowId]/versions/[version]/route"),
);
const draftRoute = at("/api/flows/[flowId]/draft", await import("@/app/api/flows/[flowId]/draft/route"));
const runRoute = at("/api/flows/[flowId]/run", await import("@/app/api/flows/[flowId]/run/route"));
const testRoute = at(
  "/api/connections/[connectionId]/test",
  await import("@/app/api/connections/[connectionId]/test/route"),
);
const executionsRoute = at("/api/flows/[flowId]/executions", await import("@/app/api/flows/[flowId]/executions/route"));

type Handler<P> = (request: Request, context: { params: Promise<P> }) => Promise<Response>;

const JSON_TYPE = { "content-type": "application/json" };

async function call<P>(
  handler: Handler<P>,
  params: P,
  body?: unknown,
  query = "",
): Promise<{ status: number; json: any }> {
  const init =
    body === undefined
      ? { method: "GET" }
      : { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } };
  const response = await handler(owner.request(urlOf(handler, params as Record<string, string>, query), init), {
    params: Promise.resolve(params),
  });
  return { status: response.status, json: await response.json() };
}

let petstore: RunningPrism;
let expanded: RunningPrism;

beforeAll(async () => {
  [petstore, expanded] = await Promise.all([
    startPrism(specPath("readme-3.0-petstore.json")),
    startPrism(specPath("oai-v3.0-petstore-expanded.json")),
  ]);
}, 180_000);

afterAll(async () => {
  await closeDispatchers();
  await Promise.all([petstore, expanded].map((prism) => prism?.stop()));
});

function serverOf(baseUrl: string) {
  const url = new URL(baseUrl);
  return { protocol: "http" as const, host: url.hostname, port: Number(url.port), basePath: "" };
}

async function projectWithSpec(name: string, spec: string) {
  const projectId = (await createProject({ name })).id;
  await uploadSpec(projectId, { fileName: spec, text: readFileSync(specPath(spec), "utf8") });
  return projectId;
}

describe("core flows of a project with an API key (readme-3.0-petstore.json)", () => {
  let projectId = "";
  const flowIds: Record<string, string> = {};

  beforeAll(async () => {
    projectId = await projectWithSpec("Petstore", "readme-3.0-petstore.json");
    await generateProjectAuthConfigs(projectId, ["api_key"]);
  });

  it("shows the ping choice and keeps Authping and Custom API Action unavailable until httpHelper exists", async () => {
    const { status, json } = await call(coreFlowsRoute.GET, { projectId });
    expect(status).toBe(200);
    expect(json.status.map((flow: { core: string; available: boolean }) => [flow.core, flow.available])).toEqual([
      ["httpHelper", true],
      ["authping", false],
      ["customApiAction", false],
    ]);
    expect(json.authConfig).toMatchObject({ name: "api_key", type: "custom" });
    expect(json.ping.choice).toMatchObject({
      path: "/store/inventory",
      reason: expect.stringContaining('protected by "api_key"'),
    });
    expect(json.serverDescription).toContain("petstore.swagger.io");

    const refused = await call(coreFlowsRoute.POST, { projectId }, { flows: ["authping"] });
    expect(refused.status).toBe(400);
    expect(refused.json.message).toMatch(/Generate the HTTP Helper flow first/);
  });

  it("generates httpHelper, then Authping and Custom API Action into the Shared Folder", async () => {
    const helper = await call(coreFlowsRoute.POST, { projectId }, { flows: ["httpHelper"] });
    expect(helper.json.outcomes).toEqual([{ name: "httpHelper", action: "created", flowId: expect.any(String) }]);
    const rest = await call(coreFlowsRoute.POST, { projectId }, { flows: ["authping", "customApiAction"] });
    expect(
      rest.json.outcomes.map((outcome: { name: string; action: string }) => [outcome.name, outcome.action]),
    ).toEqual([
      ["_authping", "created"],
      ["Custom API Action", "created"],
    ]);
    const listed = await call(projectFlowsRoute.GET, { projectId });
    for (const flow of listed.json.flows) {
      expect(flow.folder).toBe("Shared Folder");
      expect(flow.edited).toBe(false);
      flowIds[flow.name] = flow.id;
    }
    expect(Object.keys(flowIds).sort()).toEqual(["Custom API Action", "_authping", "httpHelper"]);
  });

  it("Test connection runs _authping: working with the key, 401 without it", async () => {
    const [config] = await listAuthConfigs(projectId);
    const draft = await connectionDraft(projectId, config.id);
    const good = await createConnection(projectId, {
      ...draft,
      name: "good",
      server: serverOf(petstore.baseUrl),
      parameters: { api_key: "key-123" },
    });
    const tested = await call(testRoute.POST, { connectionId: good.id }, {});
    expect(tested.json).toMatchObject({ working: true, message: "Connection is working (200)" });

    const anonymous = await createConnection(projectId, {
      name: "no auth",
      server: serverOf(petstore.baseUrl),
      parameters: {},
      tenantVariables: {},
    });
    const failed = await call(testRoute.POST, { connectionId: anonymous.id }, {});
    expect(failed.json.working).toBe(false);
    expect(failed.json.message).toMatch(/GET \/store\/inventory answered 401/);
  });

  it("Custom API Action refuses a relative URL without a leading /", async () => {
    const { json } = await call(
      runRoute.POST,
      { flowId: flowIds["Custom API Action"] },
      { inputs: { request_type: "GET", relative_url: "store/inventory" } },
    );
    expect(json.ok).toBe(false);
    expect(json.error.message).toBe("Relative URL must start with /");
    const executions = await call(executionsRoute.GET, { flowId: flowIds["Custom API Action"] });
    expect(executions.json.executions[0]).toMatchObject({ id: json.executionId, status: "failed" });
  });

  it("saves with optimistic concurrency, keeps versions and drafts", async () => {
    const id = flowIds.httpHelper;
    const { json: current } = await call(flowRoute.GET, { flowId: id });
    const edited = { ...current.flow.flow, description: "Edited by hand" };
    const put = (expectedVersion: number) =>
      flowRoute.PUT(
        owner.request(urlOf(flowRoute.PUT, { flowId: id }), {
          method: "PUT",
          headers: JSON_TYPE,
          body: JSON.stringify({ flow: edited, expectedVersion }),
        }),
        { params: Promise.resolve({ flowId: id }) },
      );
    expect((await put(1)).status).toBe(200);
    const stale = await put(1);
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ code: "conflict", currentVersion: 2 });
    expect(
      (await call(versionsRoute.GET, { flowId: id })).json.versions.map((v: { version: number }) => v.version),
    ).toEqual([2, 1]);
    expect((await call(versionRoute.GET, { flowId: id, version: "1" })).json.version.flow.description).not.toBe(
      "Edited by hand",
    );

    const draftPut = await draftRoute.PUT(
      owner.request(urlOf(draftRoute.PUT, { flowId: id }), {
        method: "PUT",
        headers: JSON_TYPE,
        body: JSON.stringify({ flow: { ...edited, description: "typing" }, baseVersion: 2 }),
      }),
      {
        params: Promise.resolve({ flowId: id }),
      },
    );
    expect(draftPut.status).toBe(200);
    expect((await call(draftRoute.GET, { flowId: id })).json.draft).toMatchObject({
      baseVersion: 2,
      flow: { description: "typing" },
    });
    const broken = await draftRoute.PUT(
      owner.request(urlOf(draftRoute.PUT, { flowId: id }), {
        method: "PUT",
        headers: JSON_TYPE,
        body: JSON.stringify({ flow: { name: 1 }, baseVersion: 2 }),
      }),
      {
        params: Promise.resolve({ flowId: id }),
      },
    );
    expect(broken.status).toBe(400);
  });

  it("regeneration never overwrites the edited httpHelper; it offers a copy", async () => {
    const plan = await call(planRoute.POST, { projectId }, { flows: ["httpHelper", "authping"] });
    expect(plan.json.plan.map((entry: { name: string; action: string }) => [entry.name, entry.action])).toEqual([
      ["httpHelper", "edited"],
      ["_authping", "unchanged"],
    ]);
    const skipped = await call(coreFlowsRoute.POST, { projectId }, { flows: ["httpHelper"] });
    expect(skipped.json.outcomes[0]).toMatchObject({ name: "httpHelper", action: "skipped" });
    const copied = await call(
      coreFlowsRoute.POST,
      { projectId },
      { flows: ["httpHelper"], decisions: { httpHelper: "copy" } },
    );
    expect(copied.json.outcomes[0]).toMatchObject({ name: "httpHelper (regenerated)", action: "copied" });
    expect((await call(flowRoute.GET, { flowId: flowIds.httpHelper })).json.flow.flow.description).toBe(
      "Edited by hand",
    );
  });
});

describe("Try an operation / Custom API Action with a sampled body (oai-v3.0-petstore-expanded.json)", () => {
  it("POSTs the openapi-sampler body for POST /pets and Prism accepts it", async () => {
    const projectId = await projectWithSpec("Expanded", "oai-v3.0-petstore-expanded.json");
    const generated = await call(coreFlowsRoute.POST, { projectId }, {});
    expect(generated.json.outcomes.map((outcome: { action: string }) => outcome.action)).toEqual([
      "created",
      "created",
      "created",
    ]);
    const connection = await createConnection(projectId, {
      name: "prism",
      server: serverOf(expanded.baseUrl),
      parameters: {},
      tenantVariables: {},
    });

    const { json } = await call(sampleRoute.GET, { projectId }, undefined, "?method=post&path=/pets");
    expect(json.sample).toMatchObject({
      method: "POST",
      relativeUrl: "/pets",
      contentType: "application/json",
      body: { name: expect.any(String) },
    });

    const flows = (await call(projectFlowsRoute.GET, { projectId })).json.flows as { id: string; name: string }[];
    const action = flows.find((flow) => flow.name === "Custom API Action")!;
    const ran = await call(
      runRoute.POST,
      { flowId: action.id },
      {
        inputs: { request_type: "POST", relative_url: json.sample.relativeUrl, body: json.sample.body },
        connectionId: connection.id,
      },
    );
    expect(ran.json.error).toBeUndefined();
    expect(ran.json).toMatchObject({ ok: true, outputs: { status_code: 200, body: { id: expect.any(Number) } } });

    const helper = flows.find((flow) => flow.name === "httpHelper")!;
    const invalid = await call(
      runRoute.POST,
      { flowId: helper.id },
      { inputs: { relative_url: "/pets", request_method: "POST", body: { tag: 5 } }, connectionId: connection.id },
    );
    expect(invalid.json.ok).toBe(false);
    expect(invalid.json.error).toMatchObject({ statusCode: 422, details: { status: 422 } });
  });
});
