// Issue 22, defect 1: a connection parameter mapped to a tenant variable takes its value from the connection's
// tenant variable; with none, a run is refused before anything is sent, naming the variable (it once sent the old
// value's mask and failed with undici's "invalid authorization header"). The OIN app's own authentication variables
// (Custom's, Basic's) are mapping targets too, as `auth.<name>`.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningRestDemo } from "@/demo/rest/server";
import { restDemoProject } from "../helpers/rest-demo-project";
import { assign, callFlow, flow, T } from "../helpers/validator-fixtures";
import { useTempDatabase } from "../helpers/temp-db";

useTempDatabase();
const { startRestDemo } = await import("@/demo/rest/server");
const { createOinApp } = await import("@/lib/oin/service");
const { linkProject } = await import("@/lib/projects/service");
const { authMappingView, listAuthConfigs, saveAuthMapping } = await import("@/lib/auth/store");
const { getConnection, updateConnection } = await import("@/lib/connections/store");
const { testConnection } = await import("@/lib/flows/run");
const { exportProject } = await import("@/lib/bundle/project");
const { projectViewOfBundle } = await import("@/lib/project-validation/bundle-view");
const { createFlow } = await import("@/lib/flows/store");
const { runStoredFlow } = await import("@/lib/flows/run");
const { listExecutions } = await import("@/lib/engine/executions");

const TOKEN = "tenant-token-5521";
let demo: RunningRestDemo;
let api: Server;
let projectId = "";
let connectionId = "";
let authConfigId = "";
/** Authorization headers the API received, in order. */
const received: string[] = [];

beforeAll(async () => {
  // The project is drafted from the REST demo's spec; its connection points at an API that records every request.
  api = createServer((request, response) => {
    received.push(request.headers.authorization ?? "");
    response.writeHead(request.headers.authorization === `Bearer ${TOKEN}` ? 200 : 401, {
      "content-type": "application/json",
    });
    response.end("{}");
  });
  await new Promise<void>((resolve) => api.listen(0, "127.0.0.1", resolve));
  demo = await startRestDemo();
  ({ projectId, connectionId } = await restDemoProject(demo));
  const { config } = await getConnection(projectId, connectionId);
  await updateConnection(projectId, connectionId, {
    ...config,
    server: { ...config.server, port: (api.address() as AddressInfo).port },
    parameters: { token: TOKEN },
  });
  authConfigId = (await listAuthConfigs(projectId))[0].id as string;
  const app = await createOinApp({
    displayName: "Tenant variables",
    description: "d",
    capabilities: ["provisioning"],
    ssoProtocol: null,
    variables: [{ label: "API key", name: "api_key" }],
    auth: { mode: "custom", variables: [{ label: "API token", name: "api_token" }] },
  });
  await linkProject(projectId, app.id);
});
afterAll(async () => {
  api?.close();
  await demo?.close();
});

describe("a parameter mapped to a tenant variable", () => {
  it("works with the parameter's own value before the mapping", async () => {
    expect(await testConnection(connectionId)).toMatchObject({ working: true });
    expect(received.at(-1)).toBe(`Bearer ${TOKEN}`);
  });

  it("is refused before sending while the connection has no value for the variable, naming it", async () => {
    await saveAuthMapping(projectId, authConfigId, { token: "api_key" });
    const sent = received.length;
    const result = await testConnection(connectionId);
    expect(result.working).toBe(false);
    expect(result.message).toContain('tenant variable "api_key"');
    expect(result.message).not.toMatch(/UND_ERR|authorization header/);
    expect(received.length).toBe(sent);
  });

  it("runs with the value entered for the variable", async () => {
    const { config } = await getConnection(projectId, connectionId);
    await updateConnection(projectId, connectionId, {
      ...config,
      tenantVariables: { api_key: TOKEN },
    });
    expect(await testConnection(connectionId)).toMatchObject({ working: true });
    expect(received.at(-1)).toBe(`Bearer ${TOKEN}`);
  });
});

describe("the OIN app's authentication variables", () => {
  it("are offered for mapping as auth.<name>, and a parameter mapped to one keeps its own value", async () => {
    const view = await authMappingView(projectId);
    expect(view.authVariables).toEqual([{ label: "API token", name: "auth.api_token" }]);
    await saveAuthMapping(projectId, authConfigId, { token: "auth.api_token" });
    expect((await authMappingView(projectId)).configurations[0].problems).toEqual([]);
    const { config } = await getConnection(projectId, connectionId);
    await updateConnection(projectId, connectionId, { ...config, parameters: { token: TOKEN } });
    expect(await testConnection(connectionId)).toMatchObject({ working: true });
  });

  it("refuses a variable the app's authentication settings do not have", async () => {
    await expect(saveAuthMapping(projectId, authConfigId, { token: "auth.nope" })).rejects.toThrow(
      /authentication variable "nope", which the linked OIN app's authentication settings do not have/,
    );
  });

  it("travel in the bundle, so validating the export finds no mapping problem", async () => {
    const bundle = await exportProject(projectId);
    expect(bundle.oinApp?.authVariables).toEqual(["api_token"]);
    const view = projectViewOfBundle(JSON.parse(JSON.stringify(bundle)));
    expect(view.authConfigurations[0].mappingProblems).toEqual([]);
  });
});

describe("a flow reading a tenant variable (app.<name>)", () => {
  it("is refused before it runs when the connection has no value for it, naming the variable and where", async () => {
    await createFlow(
      projectId,
      flow("Reads the region", "helper", [
        assign("where", { region: [T.text, { kind: "tenantVar", name: "region" }] }),
      ]),
    );
    const caller = await createFlow(projectId, flow("Calls it", "helper", [callFlow("call", "Reads the region")]));
    const error = await runStoredFlow(caller.id, { inputs: {}, connectionId }).catch((caught) => caught);
    expect(error.message).toBe(
      'Flow "Calls it" cannot run: no value for tenant variable "region". Enter it in the connection (Connections tab, Edit), or run with a connection that has it.',
    );
    expect(error.problems).toEqual([
      {
        message:
          'Flow "Reads the region" reads tenant variable "region" (app.region), which this run has no value for.',
        location: { pointer: "/cards/0/inputs/region", field: "region" },
      },
    ]);
    expect(await listExecutions(caller.id)).toEqual([]);
  });
});
