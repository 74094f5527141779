// Configure your integration and Submit integration over the REST demo (started here): the project drafted from its
// spec, plus two static user schema flows (the demo has no schema endpoint), linked to an OIN app with Provisioning
// and Universal Logout. It validates with no error, certifies with every applicable case passed, is configured
// (route and `ib oin configure`), submits; edits return it to Draft; the package carries the configuration without
// the password; breaking Create User's email mapping fails its certification case (and the gate); removing List
// Users makes the gate refuse with IB4004.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningRestDemo, startRestDemo } from "@/demo/rest/server";
import { ibWithData } from "../helpers/ib-cli";
import { signIn } from "../helpers/signed-in";
import { restDemoProject } from "../helpers/rest-demo-project";
import { useTempDatabase } from "../helpers/temp-db";

const dataDir = useTempDatabase();
const owner = await signIn("owner");
const { CONTRACTS } = await import("@/lib/contracts/catalog");
const connections = await import("@/lib/connections/store");
const flows = await import("@/lib/flows/store");
const { createOinApp, getOinApp, updateOinApp } = await import("@/lib/oin/service");
const { linkProject, getProject } = await import("@/lib/projects/service");
const { db } = await import("@/lib/db/client");
const { SECRET_MASK } = await import("@/lib/secrets/mask");
const configurationRoute = await import("@/app/api/projects/[projectId]/oin-configuration/route");
const submitRoute = await import("@/app/api/projects/[projectId]/submit/route");
const certifyRoute = await import("@/app/api/projects/[projectId]/certify/route");
const validateRoute = await import("@/app/api/projects/[projectId]/validate/route");
const packageRoute = await import("@/app/api/projects/[projectId]/submission-package/route");

const PASSWORD = "Test-account-pa55word";
const LIST_USERS = "Provisioning List Users";
let demo: RunningRestDemo;
let projectId: string;
let connectionId: string;
let oinAppId: string;

const params = () => ({ params: Promise.resolve({ projectId }) });
const url = (path: string) => `http://127.0.0.1/api/projects/${projectId}/${path}`;
async function call(
  handler: (request: Request, context: ReturnType<typeof params>) => Promise<Response>,
  path: string,
  method = "GET",
  body?: unknown,
) {
  const init: RequestInit =
    body === undefined
      ? { method }
      : { method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) };
  const response = await handler(owner.request(url(path), init), params());
  return { status: response.status, body: await response.json() };
}
const getConfiguration = () => call(configurationRoute.GET, "oin-configuration");
const putConfiguration = (body: unknown) => call(configurationRoute.PUT, "oin-configuration", "PUT", body);
const submit = (body: unknown = { certified: true }) => call(submitRoute.POST, "submit", "POST", body);
const messages = (body: { errors: { message: string }[] }) => body.errors.map((error) => error.message);
const status = async () => (await getProject(projectId)).status;

beforeAll(async () => {
  demo = await startRestDemo();
  ({ projectId, connectionId } = await restDemoProject(demo));
  oinAppId = (
    await createOinApp({
      displayName: "REST demo app",
      description: "Provisioning and Universal Logout for the REST demo",
      capabilities: ["provisioning", "universalLogout"],
      ssoProtocol: "oidc",
      variables: [],
      auth: { mode: "basic" },
    })
  ).id;
  await linkProject(projectId, oinAppId);
}, 60_000);
afterAll(() => demo.close());

describe("Configure your integration", { timeout: 120_000 }, () => {
  it("offers every operation of the enabled capabilities with its ON flows, pre-selected when there is one", async () => {
    const { status: code, body } = await getConfiguration();
    expect(code, JSON.stringify(body)).toBe(200);
    expect(body).toMatchObject({ projectId, oinAppId, status: "DRAFT", savedAt: null });
    const offered = CONTRACTS.filter((contract) => contract.capability !== "entitlementManagement").map(
      (contract) => contract.name,
    );
    expect(body.operations.map((operation: { contract: string }) => operation.contract)).toEqual(offered);
    expect(body.operations.find((operation: { contract: string }) => operation.contract === LIST_USERS)).toEqual({
      contract: LIST_USERS,
      capability: "provisioning",
      operationGroup: "user query",
      required: true,
      candidates: [{ flow: LIST_USERS, valid: true }],
      selected: LIST_USERS,
    });
    expect(body.configuration.testAccount.password).toBe("");
  });

  it("refuses a bad configuration with a field and pointer per problem, and saves nothing", async () => {
    const refused = await putConfiguration({
      operations: {
        [LIST_USERS]: "No such flow",
        "Provisioning Create User": LIST_USERS,
        "Provisioning List Entitlement Schema": "Provisioning List User Schema",
        "Not a contract": "x",
      },
      supportEmail: "support at example",
      testAccount: { url: "ftp://files.example.com", username: "tester", password: 5 },
      colour: "blue",
    });
    expect(refused.status).toBe(400);
    const at = (pointer: string) =>
      refused.body.errors.find((error: { location?: { pointer?: string } }) => error.location?.pointer === pointer);
    expect(at("/operations/Provisioning List Users").message).toBe('The project has no flow named "No such flow"');
    expect(at("/operations/Provisioning Create User").message).toContain("is not an action flow of");
    expect(at("/operations/Provisioning List Entitlement Schema").message).toContain("does not enable");
    expect(at("/operations/Not a contract").message).toContain("is not an API Integration Action contract");
    expect(at("/supportEmail")).toMatchObject({ location: { field: "supportEmail" } });
    expect(at("/testAccount/url").message).toContain("is not an http(s) URL");
    expect(at("/testAccount/password")).toBeDefined();
    expect(at("/colour").message).toBe('Unknown property "colour"');
    expect(refused.body.errors).toHaveLength(8);
    expect((await getConfiguration()).body.savedAt).toBeNull();
  });

  it("refuses to submit before configuration and certification, naming every requirement by its code at once", async () => {
    // Issue 22: the box unticked was once the only requirement named; the rest came one Submit later.
    const unticked = await submit({ certified: false });
    expect(unticked.status).toBe(400);
    expect(messages(unticked.body)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^IB5001: Tick the certify box/),
        "IB5004: Configure your integration: enter a support email.",
        "IB5004: Configure your integration: enter the test account's password.",
        "IB5005: Run the certification first: no certification run passed yet.",
      ]),
    );
    // Nothing saved yet: the gate reads what the screen shows, its pre-selection (one valid flow per operation), so
    // an operation shown as mapped is not "not mapped".
    const shown = (await getConfiguration()).body.operations.find(
      (operation: { contract: string }) => operation.contract === LIST_USERS,
    );
    expect(shown.selected).toBe(LIST_USERS);
    expect(messages(unticked.body).filter((message) => message.startsWith("IB5002"))).toEqual([]);
  });

  it("refuses an operation the saved configuration leaves unmapped, at its field", async () => {
    expect((await putConfiguration({ operations: { [LIST_USERS]: null } })).status).toBe(200);
    const refused = await submit();
    expect(
      refused.body.errors.find((error: { message: string }) =>
        error.message.startsWith("IB5002: Provisioning List Users (required for provisioning) is not mapped"),
      ).location,
    ).toEqual({ field: `operations.${LIST_USERS}`, pointer: `/operations/${LIST_USERS}` });
    expect((await putConfiguration({ operations: { [LIST_USERS]: LIST_USERS } })).status).toBe(200);
  });

  it("validates with no error, certifies with every applicable case passed, is configured and submits", async () => {
    const validation = await call(validateRoute.POST, "validate", "POST");
    expect(validation.body.errors.filter((entry: { severity: string }) => entry.severity === "error")).toEqual([]);
    const untested = (report: { errors: { code: string; field: string }[] }) =>
      report.errors.filter((entry) => entry.code === "IB4007").map((entry) => entry.field);
    expect(untested(validation.body)).toContain(LIST_USERS);

    const certification = await call(certifyRoute.POST, "certify", "POST", { connectionId });
    expect(certification.status).toBe(200);
    const failed = certification.body.cases.filter((entry: { result: string }) => entry.result === "failed");
    expect(failed).toEqual([]);
    expect(certification.body.ok).toBe(true);
    // A passed certification case counts as a passing test of the operations it called.
    const after = untested((await call(validateRoute.POST, "validate", "POST")).body);
    expect(after).not.toContain(LIST_USERS);
    expect(after).not.toContain("Proprietary Universal Logout");
    expect(after).toContain("Provisioning List User Schema");

    const saved = await putConfiguration({
      supportEmail: "support@example.com",
      testAccount: { url: "https://demo.example.com/login", username: "okta-review", password: PASSWORD },
      testingInstructions: "Sign in with the test account; users live under /api/v1/users.",
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body.savedAt).toEqual(expect.any(String));
    expect(saved.body.configuration.testAccount).toEqual({
      url: "https://demo.example.com/login",
      username: "okta-review",
      password: SECRET_MASK,
    });
    expect(saved.body.configuration.operations[LIST_USERS]).toBe(LIST_USERS);
    expect(JSON.stringify(saved.body)).not.toContain(PASSWORD);
    expect(JSON.stringify((await getConfiguration()).body)).not.toContain(PASSWORD);
    const row = await db().oinApp.findUniqueOrThrow({ where: { id: oinAppId } });
    expect(`${row.configuration}${row.configurationSecrets}`).not.toContain(PASSWORD);

    const submitted = await submit();
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    expect(submitted.body).toEqual({ oinAppId, status: "OIN to review" });
    expect(await status()).toBe("OIN to review");
  });

  it("returns a submitted integration to Draft when its flows, connections or configuration are edited", async () => {
    const custom = (await flows.getFlowByName(projectId, "Custom API Action"))!;
    await flows.setFlowEnabled(custom.id, false);
    expect(await status()).toBe("DRAFT");
    await flows.setFlowEnabled(custom.id, true);

    expect((await submit()).status).toBe(200);
    const copy = await connections.cloneConnection(projectId, connectionId);
    expect(await status()).toBe("DRAFT");
    await connections.deleteConnection(projectId, copy.id);

    expect((await submit()).status).toBe(200);
    const current = (await getConfiguration()).body.configuration;
    // The masked password sent back keeps the stored one: the gate still finds it.
    expect((await putConfiguration({ ...current, testingInstructions: "Edited" })).status).toBe(200);
    expect(await status()).toBe("DRAFT");

    expect((await submit()).status).toBe(200);
    const { id: _id, status: _status, hasLogo, createdAt, updatedAt, projects, ...app } = await getOinApp(oinAppId);
    await updateOinApp(oinAppId, { ...app, description: "Edited after submission" });
    expect(await status()).toBe("DRAFT");
    expect((await submit()).status).toBe(200);
  });

  it("is reachable from ib: shows, maps an operation, reads the password from the environment", async () => {
    const { ib } = ibWithData(dataDir);
    const shown = await ib("oin", "configure", projectId);
    expect(shown.code, shown.stderr).toBe(0);
    expect(shown.stdout).toContain(`* ${LIST_USERS} = ${LIST_USERS}`);
    expect(shown.stdout).toContain("password set");
    expect(shown.stdout).not.toContain(PASSWORD);

    process.env.IB_TEST_PASSWORD_OF_REVIEW = "Another-pa55word";
    const changed = await ibWithData(dataDir).ib(
      "oin",
      "configure",
      projectId,
      "--unmap",
      "Provisioning Update User Password",
      "--map",
      `${LIST_USERS}=${LIST_USERS}`,
      "--support-email",
      "help@example.com",
      "--test-password-env",
      "IB_TEST_PASSWORD_OF_REVIEW",
      "--json",
    );
    delete process.env.IB_TEST_PASSWORD_OF_REVIEW;
    expect(changed.code, changed.stderr).toBe(0);
    expect(changed.json.configuration).toMatchObject({
      supportEmail: "help@example.com",
      testAccount: { password: SECRET_MASK },
    });
    expect(changed.json.configuration.operations["Provisioning Update User Password"]).toBeUndefined();
    expect(changed.stdout).not.toContain("Another-pa55word");

    const wrong = await ib("oin", "configure", projectId, "--map", `${LIST_USERS}=Custom API Action`);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain(`/operations/${LIST_USERS}`);
    expect(wrong.stderr).toContain('"Custom API Action" is not an action flow of "Provisioning List Users"');
    const unset = await ib("oin", "configure", projectId, "--test-password-env", "IB_NOT_SET_ANYWHERE");
    expect(unset.code).toBe(1);
    expect(unset.stderr).toContain("IB_NOT_SET_ANYWHERE");
  });

  it("packages the configuration without the password, and ib submission show reads it back", async () => {
    const response = await packageRoute.GET(owner.request(url("submission-package")), params());
    const text = await response.text();
    expect(text).not.toContain(PASSWORD);
    expect(text).not.toContain("Another-pa55word");
    const document = JSON.parse(text);
    expect(document.configuration).toMatchObject({
      supportEmail: "help@example.com",
      testAccount: { url: "https://demo.example.com/login", username: "okta-review" },
      operations: { [LIST_USERS]: LIST_USERS },
    });
    expect(document.configuration.testAccount).not.toHaveProperty("password");

    const file = join(mkdtempSync(join(tmpdir(), "ib-package-")), "submission.json");
    writeFileSync(file, text);
    const { ib } = ibWithData(dataDir);
    const shown = await ib("submission", "show", file, "--json");
    expect(shown.code, shown.stderr).toBe(0);
    expect(shown.json.configuration).toEqual(document.configuration);
    const plain = await ib("submission", "show", file);
    expect(plain.stdout).toContain(`${LIST_USERS} = ${LIST_USERS}`);

    const broken = file.replace("submission.json", "broken.json");
    writeFileSync(broken, JSON.stringify({ ...document, configuration: { operations: {} } }));
    const refused = await ib("submission", "show", broken);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("/configuration/testAccount");
  });

  it("fails certification on Create User, naming the field, once its email mapping is broken; the gate refuses", async () => {
    const stored = (await flows.getFlowByName(projectId, "Provisioning Create User"))!;
    const broken = structuredClone(stored.flow);
    const body = broken.cards.find((card) => card.id === "body")!;
    delete body.inputs.email;
    body.dynamicInputs = body.dynamicInputs?.filter((input) => input.key !== "email");
    await flows.saveFlow(stored.id, broken, stored.version);

    const certification = await call(certifyRoute.POST, "certify", "POST", { connectionId });
    expect(certification.body.ok).toBe(false);
    expect(certification.body.cases.filter((entry: { result: string }) => entry.result === "failed")).toEqual([
      expect.objectContaining({ id: "create-user", message: expect.stringContaining("email") }),
    ]);
    const refused = await submit();
    expect(refused.status).toBe(400);
    expect(messages(refused.body)).toContainEqual(
      expect.stringMatching(/^IB5005: The last certification run \(.*\) failed: fix it and certify again\.$/),
    );
  });

  it("refuses once List Users is removed: the validator's IB4004 and the mapping's IB5003", async () => {
    const listUsers = (await flows.getFlowByName(projectId, LIST_USERS))!;
    await flows.deleteFlow(listUsers.id);
    const refused = await submit();
    expect(refused.status).toBe(400);
    expect(messages(refused.body)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^IB4004: Provisioning List Users is required/),
        `IB5003: The flow mapped to ${LIST_USERS}, "${LIST_USERS}", no longer exists.`,
      ]),
    );
    expect(await status()).toBe("DRAFT");
  });
});
