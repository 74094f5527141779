// A whole project built headless with `ib`, as CI would: OIN app -> project -> spec -> auth -> connection -> flows
// -> run against a real server on 127.0.0.1 -> export -> delete. Every step through the real CLI process.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ibWithTempData } from "@/tests/helpers/ib-cli";
import { specPath } from "@/tests/helpers/paths";
import { storedDatabaseText } from "@/tests/helpers/stored-database";
import { dataSettings } from "@/tests/helpers/temp-db";
import { sendJson, startServer, type RunningServer } from "@/tests/helpers/servers/http-server";

const { dir, ib } = ibWithTempData();
const SECRET = "s3cret-value-for-cli";
const MASK = "••••••••";

let api: RunningServer;
const seenAuthorization: string[] = [];

beforeAll(async () => {
  api = await startServer((request, response) => {
    seenAuthorization.push(request.headers.authorization ?? "");
    sendJson(response, 200, { path: request.url });
  });
});
afterAll(() => api.stop());

describe("ib: a project built headless", () => {
  const state: { oinAppId?: string; projectId?: string; basicId?: string; connectionId?: string; authpingId?: string } =
    {};

  it("creates an OIN app with tenant variable subdomain and starts building", { timeout: 60_000 }, async () => {
    const appFile = join(dir, "app.json");
    writeFileSync(
      appFile,
      JSON.stringify({
        displayName: "Readme Security",
        description: "Security schemes sample",
        capabilities: ["provisioning"],
        ssoProtocol: null,
        variables: [{ label: "Subdomain", name: "subdomain" }],
        auth: { mode: "basic" },
      }),
    );
    const created = await ib("oin-app", "create", "--file", appFile, "--json");
    expect(created.code).toBe(0);
    expect(created.json.oinApp).toMatchObject({
      displayName: "Readme Security",
      status: "DRAFT",
      variables: [{ name: "subdomain" }],
    });
    state.oinAppId = created.json.oinApp.id;

    const started = await ib("oin-app", "start-building", "--file", appFile, "--oin-app", state.oinAppId!, "--json");
    expect(started.code).toBe(0);
    expect(started.json.project).toMatchObject({ name: "Readme Security", oinApp: { id: state.oinAppId } });
    state.projectId = started.json.project.id;

    const listed = await ib("project", "list", "--json");
    expect(listed.json.projects.map((project: { id: string }) => project.id)).toEqual([state.projectId]);
  });

  it("uploads the spec and generates auth configurations from it", { timeout: 60_000 }, async () => {
    const upload = await ib("spec", "upload", state.projectId!, specPath("readme-3.0-security.json"), "--json");
    expect(upload.code).toBe(0);
    expect(upload.json.spec).toMatchObject({ version: 1, fileName: "readme-3.0-security.json", oasVersion: "3.0.3" });
    expect(upload.json.spec.operationCount).toBe(15);
    expect(upload.json.diff).toBeNull();

    const operations = await ib("spec", "operations", state.projectId!, "--search", "basic", "--json");
    expect(operations.json.operations.length).toBeGreaterThan(0);
    expect(
      operations.json.operations.every(
        (operation: { path: string; tags: string[]; summary?: string; operationId?: string }) =>
          JSON.stringify(operation).toLowerCase().includes("basic"),
      ),
    ).toBe(true);

    const generated = await ib("auth", "generate", "--project", state.projectId!, "--scheme", "basic", "--json");
    expect(generated.code).toBe(0);
    expect(generated.json).toMatchObject({
      created: 1,
      updated: 0,
      configurations: [{ name: "basic", type: "basic" }],
    });
    state.basicId = generated.json.configurations[0].id;
  });

  it("maps a connection parameter to the tenant variable and refuses an unknown one", { timeout: 60_000 }, async () => {
    const mapped = await ib(
      "auth",
      "mapping",
      state.projectId!,
      state.basicId!,
      "--set",
      "username=subdomain",
      "--json",
    );
    expect(mapped.code).toBe(0);
    expect(mapped.json.mapping).toEqual({ username: "subdomain" });

    const refused = await ib("auth", "mapping", state.projectId!, state.basicId!, "--set", "username=region", "--json");
    expect(refused.code).toBe(1);
    expect(refused.json.errors[0]).toMatchObject({
      message: expect.stringContaining('"region"'),
      location: { pointer: "/mapping/username" },
    });
  });

  it("creates a connection with a secret that is stored sealed and shown masked", { timeout: 60_000 }, async () => {
    const connectionFile = join(dir, "connection.json");
    writeFileSync(
      connectionFile,
      JSON.stringify({
        name: "local",
        authConfigId: state.basicId,
        server: { protocol: "http", host: "127.0.0.1", port: api.port },
        parameters: { password: SECRET },
        tenantVariables: { subdomain: "acme" },
        tls: { enabled: false, rejectUnauthorized: true },
        timeoutMs: 10_000,
        proxy: { mode: "direct", auth: { mode: "none" } },
      }),
    );
    const created = await ib("connection", "create", state.projectId!, "--file", connectionFile, "--json");
    expect(created.code).toBe(0);
    expect(created.stdout).not.toContain(SECRET);
    state.connectionId = created.json.id;

    const shown = await ib("connection", "show", state.connectionId!, "--json");
    expect(shown.json.config.parameters).toEqual({ password: MASK });
    expect(shown.stdout).not.toContain(SECRET);
    expect(storedDatabaseText(dataSettings(dir).DATABASE_URL).includes(SECRET)).toBe(false);
  });

  it("generates core flows, runs _authping through the connection and lists the execution", {
    timeout: 90_000,
  }, async () => {
    const generated = await ib("flow", "generate-core", state.projectId!, "--ping", "/ping", "--json");
    expect(generated.code).toBe(0);
    expect(generated.json.outcomes.map((outcome: { action: string }) => outcome.action)).toEqual([
      "created",
      "created",
      "created",
    ]);

    const flows = await ib("flow", "list", state.projectId!, "--json");
    expect(flows.json.flows.map((flow: { name: string }) => flow.name).sort()).toEqual([
      "Custom API Action",
      "_authping",
      "httpHelper",
    ]);
    state.authpingId = flows.json.flows.find((flow: { name: string }) => flow.name === "_authping").id;

    const run = await ib("flow", "run", state.authpingId!, "--connection", state.connectionId!, "--json");
    expect(run.code).toBe(0);
    expect(run.json).toMatchObject({ ok: true, outputs: { working: true } });
    expect(seenAuthorization).toContain(`Basic ${Buffer.from(`acme:${SECRET}`).toString("base64")}`);
    expect(run.stdout).not.toContain(SECRET);

    const executions = await ib("flow", "executions", state.authpingId!, "--json");
    expect(executions.json.executions).toEqual([
      expect.objectContaining({ id: run.json.executionId, status: "succeeded" }),
    ]);
    const execution = await ib("flow", "execution", state.authpingId!, run.json.executionId, "--json");
    expect(execution.json.execution).toMatchObject({
      id: run.json.executionId,
      inputs: {},
      outputs: { working: true },
    });
    expect((await ib("flow", "execution", state.projectId!, run.json.executionId, "--json")).code).toBe(1);
  });

  it("tests the connection and lists it with its resolved base URL and last test", { timeout: 60_000 }, async () => {
    const tested = await ib("connection", "test", state.connectionId!, "--json");
    expect(tested.code).toBe(0);
    expect(tested.json).toMatchObject({ working: true, testedAt: expect.any(String) });
    const listed = await ib("connection", "list", state.projectId!);
    expect(listed.stdout).toContain(`local  http://127.0.0.1:${api.port}  Working: `);
    const json = await ib("connection", "list", state.projectId!, "--json");
    expect(json.json.connections[0].lastTest).toEqual({
      working: true,
      message: tested.json.message,
      testedAt: tested.json.testedAt,
    });
  });

  it("exports the project without secrets, re-imports it as a new project, then deletes both", {
    timeout: 90_000,
  }, async () => {
    const bundleFile = join(dir, "bundle.json");
    const exported = await ib("project", "export", state.projectId!, "--out", bundleFile, "--json");
    expect(exported.code).toBe(0);
    expect(exported.json).toMatchObject({ ok: true, authConfigurations: 1, flows: 3, tenantVariables: 1 });
    const bundle = readFileSync(bundleFile, "utf8");
    expect(bundle).not.toContain(SECRET);
    expect(JSON.parse(bundle)).toMatchObject({
      bundleVersion: 1,
      project: { name: "Readme Security" },
      tenantVariables: [{ name: "subdomain" }],
    });

    const imported = await ib("project", "import", bundleFile, "--json");
    expect(imported.code).toBe(0);
    expect(imported.json.report.flows.created).toHaveLength(3);
    expect(imported.json.report.warnings[0]).toContain("subdomain");

    const refused = await ib("project", "delete", state.projectId!, "--json");
    expect(refused.code).toBe(1);
    expect(refused.json.errors[0].message).toContain("--yes");

    for (const id of [state.projectId!, imported.json.project.id]) {
      expect((await ib("project", "delete", id, "--yes", "--json")).json).toEqual({ ok: true });
    }
    expect((await ib("project", "list", "--json")).json.projects).toEqual([]);
    expect((await ib("oin-app", "show", state.oinAppId!, "--json")).json.oinApp.projects).toEqual([]);
  });
});
