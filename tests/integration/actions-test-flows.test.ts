// Actions three ways over the same lib calls: Add Action gated by the OIN app's capabilities (route and ib), an action
// flow from its contract, a test flow sampled from the contract; and a hand-built Create User action flow with its
// test flow run against the REST demo, by the route and by `ib test` (contract check, violations by JSON pointer).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningRestDemo, startRestDemo } from "@/demo/rest/server";
import type { Flow } from "@/lib/flow/model";
import { CREATE_USER, handBuiltCreateUser } from "../fixtures/flows/create-user";
import { useTempDatabase } from "../helpers/temp-db";
import { ibWithTempData } from "../helpers/ib-cli";
import { restDemoProject } from "../helpers/rest-demo-project";
import { signIn } from "../helpers/signed-in";
import { at, urlOf } from "../helpers/route-url";

useTempDatabase();

const owner = await signIn();
const actionsRoute = at(
  "/api/projects/[projectId]/actions",
  await import("@/app/api/projects/[projectId]/actions/route"),
);
const actionFlowsRoute = at(
  "/api/projects/[projectId]/actions/flows",
  await import("@/app/api/projects/[projectId]/actions/flows/route"),
);
const actionTestsRoute = at(
  "/api/projects/[projectId]/actions/tests",
  await import("@/app/api/projects/[projectId]/actions/tests/route"),
);
const testsRoute = at("/api/flows/[flowId]/tests", await import("@/app/api/flows/[flowId]/tests/route"));
const testRunRoute = at("/api/flows/[flowId]/test-run", await import("@/app/api/flows/[flowId]/test-run/route"));
const { createProject, linkProject } = await import("@/lib/projects/service");
const { createOinApp } = await import("@/lib/oin/service");
const { createFlow } = await import("@/lib/flows/store");
const { createAuthConfig } = await import("@/lib/auth/store");
const { createConnection } = await import("@/lib/connections/store");
const { listExecutions } = await import("@/lib/engine/executions");
const { exportProject } = await import("@/lib/bundle/project");
const { runTestFlow } = await import("@/lib/project-actions/test-run");
const { grantProjectRole } = await import("@/lib/access/grants");
const { listFlows } = await import("@/lib/flows/store");

const call = async (handler: (request: Request, context: any) => Promise<Response>, params: object, body?: unknown) => {
  const request = owner.request(urlOf(handler, params as Record<string, string>), {
    method: body === undefined ? "GET" : "POST",
    headers: { "content-type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const response = await handler(request, { params: Promise.resolve(params) });
  return { status: response.status, body: (await response.json()) as any };
};

const oinApp = (capabilities: string[], ssoProtocol: string | null = null) =>
  createOinApp({
    displayName: `App ${capabilities.join("+") || "none"}`,
    description: "d",
    capabilities,
    ssoProtocol,
    variables: [],
    auth: { mode: "basic" },
  });

const USER_INPUT = {
  user: {
    schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"],
    id: "00u1",
    userName: "grace@acme.test",
    name: { givenName: "Grace", familyName: "Hopper" },
  },
};

describe("Add Action", () => {
  it("offers the contracts the OIN app's capabilities allow, with the reason for the others", async () => {
    const project = await createProject({ name: "Gated" });
    const unlinked = await call(actionsRoute.GET, { projectId: project.id });
    expect(unlinked.body.choices.every((choice: any) => !choice.available)).toBe(true);
    expect(unlinked.body.choices[0].reason).toMatch(/Link the project to an OIN app/);

    await linkProject(project.id, (await oinApp(["provisioning"])).id);
    const { body } = await call(actionsRoute.GET, { projectId: project.id });
    const choice = (name: string) => body.choices.find((entry: any) => entry.contract === name);
    expect(choice(CREATE_USER).available).toBe(true);
    expect(choice("Proprietary Universal Logout")).toMatchObject({ available: false });
    expect(choice("Proprietary Universal Logout").reason).toMatch(/needs SSO/);
    expect(choice("Provisioning List Entitlement Schema").reason).toMatch(/Entitlement Management capability/);

    const refused = await call(
      actionsRoute.POST,
      { projectId: project.id },
      { contract: "Proprietary Universal Logout" },
    );
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0].location).toEqual({ field: "contract" });
    const unknown = await call(actionsRoute.POST, { projectId: project.id }, { contract: "Provisioning Fly" });
    expect(unknown.body.message).toMatch(/not an action contract/);

    const added = await call(actionsRoute.POST, { projectId: project.id }, { contract: CREATE_USER });
    expect(added.status).toBe(200);
    expect(added.body.action).toMatchObject({
      contract: CREATE_USER,
      folder: `Actions/${CREATE_USER}`,
      testFolder: `Actions/${CREATE_USER}/Test Folder`,
      flows: [],
      tests: [],
    });
  });

  it("Universal Logout needs an app with SSO and the capability; Entitlement Management needs Provisioning", async () => {
    const project = await createProject({ name: "SSO" });
    await linkProject(project.id, (await oinApp(["provisioning", "universalLogout"], "saml2")).id);
    const { body } = await call(actionsRoute.GET, { projectId: project.id });
    const logout = body.choices.find((entry: any) => entry.contract === "Proprietary Universal Logout");
    expect(logout.available).toBe(true);
    const added = await call(actionsRoute.POST, { projectId: project.id }, { contract: logout.contract });
    expect(added.body.action.capability).toBe("universalLogout");
  });
});

describe("action and test flows", () => {
  let demo: RunningRestDemo;
  let projectId: string;
  let connectionId: string;
  beforeAll(async () => {
    demo = await startRestDemo();
    const project = await createProject({ name: "Acme" });
    projectId = project.id;
    await linkProject(projectId, (await oinApp(["provisioning"])).id);
    const auth = await createAuthConfig(projectId, { name: "Bearer", type: "bearer", settings: {} });
    const port = Number(new URL(demo.url).port);
    connectionId = (
      await createConnection(projectId, {
        name: "Demo",
        authConfigId: auth.id,
        server: { protocol: "http", host: "127.0.0.1", port, basePath: "" },
        parameters: { token: demo.settings.apiToken },
      })
    ).id;
  });
  afterAll(() => demo.close());

  it("creates an action flow from its contract: typed event body and Return Outputs of the output tree, OFF", async () => {
    const { status, body } = await call(actionFlowsRoute.POST, { projectId }, { contract: CREATE_USER });
    expect(status).toBe(200);
    const flow: Flow = body.flow.flow;
    expect(flow).toMatchObject({ name: CREATE_USER, kind: "action", enabled: false, folder: `Actions/${CREATE_USER}` });
    expect(flow.event.contract).toBe(CREATE_USER);
    expect(flow.event.inputs).toEqual([
      expect.objectContaining({ key: "user", required: true, type: expect.objectContaining({ type: "object" }) }),
    ]);
    expect(flow.cards[0].dynamicInputs?.map((field) => field.key)).toEqual(["user", "executionStatus"]);
    const again = await call(actionFlowsRoute.POST, { projectId }, { contract: CREATE_USER });
    expect(again.body.flow.name).toBe(`${CREATE_USER} 2`);
    const listed = await call(actionsRoute.GET, { projectId });
    expect(listed.body.actions.map((action: any) => action.contract)).toEqual([CREATE_USER]);
    expect(listed.body.actions[0].flows).toHaveLength(2);
  });

  it("runs a hand-built Create User flow's test flow against the REST demo and keeps the result", async () => {
    const stored = await createFlow(projectId, { ...handBuiltCreateUser(), name: "Create User by hand" });
    const created = await call(testsRoute.POST, { flowId: stored.id }, { inputs: USER_INPUT });
    expect(created.status).toBe(200);
    expect(created.body.flow.flow).toMatchObject({
      kind: "test",
      folder: `Actions/${CREATE_USER}/Test Folder`,
      event: { type: "test", contract: CREATE_USER },
    });
    const testId = created.body.flow.id;

    const noConnection = await call(testRunRoute.POST, { flowId: testId }, {});
    // Without a connection the request has nowhere to go: the action's run fails, and so does the test.
    expect(noConnection.body).toMatchObject({ passed: false, run: { ok: false } });

    const run = await call(testRunRoute.POST, { flowId: testId }, { connectionId });
    expect(run.body).toMatchObject({ passed: true, violations: [], contract: CREATE_USER });
    expect(run.body.run.outputs.user).toMatchObject({ userName: "grace@acme.test" });
    expect(demo.store.inspect().users.map((user: { email: string }) => user.email)).toContain("grace@acme.test");
    const [latest] = await listExecutions(testId);
    expect(latest).toMatchObject({ id: run.body.executionId, status: "succeeded" });

    // A builder holding only the project's GET role: the action's POST is refused (403 naming the role), unsent.
    const builder = { userId: "user-bea", email: "bea@acme.test", role: "builder" as const, via: "session" as const };
    await grantProjectRole({ role: "Acme GET", email: "bea@acme.test" });
    const users = demo.store.inspect().users.length;
    await expect(runTestFlow(testId, connectionId, { actor: builder })).rejects.toMatchObject({
      code: "forbidden",
      message: 'Running this flow sends POST to the API: it needs the role "Acme POST" of project Acme',
    });
    expect(demo.store.inspect().users).toHaveLength(users);
    expect((await listExecutions(testId))[0].id).toBe(latest.id);

    // Run all of the action's tests: this one again (its user exists now: 409, the run fails) and one for a new user.
    await call(
      testsRoute.POST,
      { flowId: stored.id },
      { inputs: { user: { ...USER_INPUT.user, userName: "ada@acme.test" } } },
    );
    const all = await call(actionTestsRoute.POST, { projectId }, { contract: CREATE_USER, connectionId });
    expect(all.body.results.map((result: { passed: boolean }) => result.passed)).toEqual([false, true]);
    expect(all.body.results[0].run.error.message).toMatch(/answered 409/);
    expect(all.body.passed).toBe(false);
  });

  it("reports each output that breaks the contract by its JSON pointer, and keeps the failure", async () => {
    const broken = handBuiltCreateUser();
    broken.name = "Create User, broken";
    broken.cards[3].inputs = {
      user: { kind: "ref", card: "user", path: ["output"] },
      executionStatus: { kind: "literal", value: { status: "DONE" } },
    };
    const stored = await createFlow(projectId, broken);
    const test = await call(
      testsRoute.POST,
      { flowId: stored.id },
      {
        inputs: { user: { ...USER_INPUT.user, userName: "linus@acme.test" } },
      },
    );
    const run = await call(testRunRoute.POST, { flowId: test.body.flow.id }, { connectionId });
    expect(run.body.passed).toBe(false);
    expect(run.body.run.ok).toBe(true);
    expect(run.body.violations).toEqual([
      {
        message: expect.stringMatching(/must be one of: "SUCCEEDED", "FAILED"/),
        location: { pointer: "/executionStatus/status" },
      },
    ]);
    const [latest] = await listExecutions(test.body.flow.id);
    expect(latest).toMatchObject({ status: "failed", error: { code: "CONTRACT_VIOLATION" } });
  });

  it("refuses bad input with the field or pointer, and changes nothing", async () => {
    const flows = (await call(actionsRoute.GET, { projectId })).body.actions[0].flows.length;
    const notText = await call(actionFlowsRoute.POST, { projectId }, { contract: 5 });
    expect(notText).toMatchObject({ status: 400, body: { errors: [{ location: { field: "contract" } }] } });
    const badName = await call(actionFlowsRoute.POST, { projectId }, { contract: CREATE_USER, name: " " });
    expect(badName.body.errors[0].location).toEqual({ field: "name" });
    expect((await call(actionsRoute.GET, { projectId })).body.actions[0].flows).toHaveLength(flows);

    const action = (await call(actionsRoute.GET, { projectId })).body.actions[0];
    const listInputs = await call(testsRoute.POST, { flowId: action.flows[0].id }, { inputs: [] });
    expect(listInputs.body.errors[0]).toMatchObject({
      message: "inputs must be a JSON object",
      location: { field: "inputs" },
    });
    // Inputs that break the contract's input schema: each problem at its JSON pointer, no test flow made.
    const tests = action.tests.length;
    const broken = await call(
      testsRoute.POST,
      { flowId: action.flows[0].id },
      { inputs: { user: { schemas: [], id: "1", active: "yes", name: { givenName: 7 } }, extra: 1 } },
    );
    expect(broken.status).toBe(400);
    expect(broken.body.message).toMatch(/^The test input is invalid: /);
    expect(broken.body.errors).toEqual(
      expect.arrayContaining([
        { message: 'missing required property "userName"', location: { pointer: "/user/userName" } },
        { message: "must be boolean", location: { pointer: "/user/active" } },
        { message: "must be string", location: { pointer: "/user/name/givenName" } },
        { message: 'unknown property "extra"', location: { pointer: "/extra" } },
      ]),
    );
    expect((await call(actionsRoute.GET, { projectId })).body.actions[0].tests).toHaveLength(tests);
    const notAction = await call(testsRoute.POST, { flowId: action.tests[0].id }, {});
    expect(notAction.body.message).toMatch(/is not an action flow/);
    const notTest = await call(testRunRoute.POST, { flowId: action.flows[0].id }, {});
    expect(notTest).toMatchObject({ status: 400, body: { errors: [{ location: { pointer: "/event/contract" } }] } });
    const badConnection = await call(testRunRoute.POST, { flowId: action.tests[0].id }, { connectionId: 7 });
    expect(badConnection.body.errors[0].location).toEqual({ field: "connectionId" });
    const unknownAction = await call(actionTestsRoute.POST, { projectId }, { contract: "Provisioning List Users" });
    expect(unknownAction.body.message).toMatch(/no action "Provisioning List Users"/);
  });

  it("ib action add / list, and ib test runs a bundle's test flows against the demo (exit 1 on a failure)", async () => {
    const { ib } = ibWithTempData();
    const bundle = join(mkdtempSync(join(tmpdir(), "ib-actions-")), "bundle.json");
    writeFileSync(bundle, JSON.stringify(await exportProject(projectId)));
    const fresh = [await startRestDemo(), await startRestDemo()];
    const base = (target: RunningRestDemo) => [
      "--base-url",
      target.url,
      "--set",
      `token=${target.settings.apiToken}`,
      "--json",
    ];
    try {
      const one = await ib("test", bundle, "--flow", "Test Create User by hand", ...base(fresh[0]));
      expect(one.code).toBe(0);
      expect(one.json).toMatchObject({ ok: true, tests: [{ passed: true, testFlow: "Test Create User by hand" }] });
      expect(fresh[0].store.inspect().users.map((user) => user.email)).toEqual(["grace@acme.test"]);

      const all = await ib("test", bundle, ...base(fresh[1]));
      expect(all.code).toBe(1);
      const outcome = (name: string) => all.json.tests.find((test: { testFlow: string }) => test.testFlow === name);
      expect(outcome("Test Create User by hand").passed).toBe(true);
      expect(outcome("Test Create User by hand 2").passed).toBe(true);
      expect(outcome("Test Create User, broken").violations[0].location.pointer).toBe("/executionStatus/status");
      expect(all.stdout).not.toContain(fresh[1].settings.apiToken);
    } finally {
      await Promise.all(fresh.map((target) => target.close()));
    }
    const missing = await ib("test", bundle, "--flow", "nope", ...base(demo));
    expect(missing.code).toBe(1);
    expect(missing.json).toMatchObject({ ok: false, code: "not_found" });
    expect(missing.json.errors[0].message).toMatch(/no test flow named "nope"/);

    const project = await ib("project", "create", "--name", "CLI", "--json");
    const projectKey = project.json.project?.id ?? project.json.id;
    const listedEmpty = await ib("action", "list", projectKey, "--json");
    expect(listedEmpty.json).toEqual({ actions: [] });
    const refused = await ib("action", "add", projectKey, "--contract", CREATE_USER, "--json");
    expect(refused.code).toBe(1);
    expect(refused.stdout + refused.stderr).toMatch(/Link the project to an OIN app/);

    // The same project through ib: an action flow from the contract, its test flow, and the test run.
    const made = await ib("action", "new-flow", projectKey, "--contract", CREATE_USER, "--json");
    expect(made.json.flow).toMatchObject({ name: CREATE_USER, kind: "action", enabled: false });
    const testFlow = await ib("action", "new-test", made.json.flow.id, "--json");
    expect(testFlow.json.flow).toMatchObject({ name: `Test ${CREATE_USER}`, kind: "test" });
    const tested = await ib("action", "test", testFlow.json.flow.id, "--json");
    expect(tested.code).toBe(0);
    expect(tested.json).toMatchObject({ passed: true, results: [{ passed: true, violations: [] }] });
    const listed = await ib("action", "list", projectKey, "--json");
    expect(listed.json.actions).toMatchObject([{ contract: CREATE_USER, flows: [{ name: CREATE_USER }] }]);
  }, 120_000);
});

describe("a drafted action whose API call fails", () => {
  it("fails its test with the API's own message, though the action's run itself succeeded", async () => {
    const demo = await startRestDemo();
    try {
      const { projectId, connectionId } = await restDemoProject(demo);
      const action = (await listFlows(projectId)).find((flow) => flow.name === CREATE_USER);
      expect(action, "the drafted Create User flow").toBeDefined();
      const inputs = { user: { ...USER_INPUT.user, userName: "margaret@acme.test" } };
      const test = await call(testsRoute.POST, { flowId: action!.id }, { inputs });
      const first = await call(testRunRoute.POST, { flowId: test.body.flow.id }, { connectionId });
      expect(first.body, JSON.stringify(first.body.failure)).toMatchObject({ passed: true });

      // The same user again: the API answers 409, the draft returns executionStatus FAILED with the API's message.
      const again = await call(testRunRoute.POST, { flowId: test.body.flow.id }, { connectionId });
      expect(again.body.run.ok).toBe(true);
      expect(again.body.run.outputs.executionStatus.status).toBe("FAILED");
      expect(again.body).toMatchObject({
        passed: false,
        violations: [],
        failure: {
          code: "ACTION_FAILED",
          message: expect.stringContaining("a user with email margaret@acme.test already exists"),
        },
      });
      expect(again.body.failure.message).toContain("HTTP 409");
      const [latest] = await listExecutions(test.body.flow.id);
      expect(latest).toMatchObject({ status: "failed", error: { code: "ACTION_FAILED" } });
    } finally {
      await demo.close();
    }
  });
});
