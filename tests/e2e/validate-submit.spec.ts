// The whole journey in Chromium: a project drafted from the REST demo's spec (started here; its user schema flows
// describe the spec's user) with two broken helper flows validates with two errors; a diagnostic
// opens its card and field on the canvas; after the fixes it validates clean, certifies against the demo, continues
// to its OIN app, where Configure your integration maps the operations and Submit integration passes the gate; the
// General tab shows "OIN to review".
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type RunningRestDemo, startRestDemo } from "../../demo/rest/server";
import { spawnIb } from "../helpers/ib-process";
import {
  EDITOR_VIEWPORT,
  createFlow,
  createProject,
  flowIdByName,
  helperFlow,
  post,
  save,
  storedFlow,
} from "./helpers/editor";
import { expect, test } from "./helpers/test";

test.use({ viewport: EDITOR_VIEWPORT });

let demo: RunningRestDemo;
let bundle: unknown;

test.beforeAll(async () => {
  demo = await startRestDemo();
  const dir = mkdtempSync(join(tmpdir(), "ib-validate-e2e-"));
  writeFileSync(join(dir, "spec.json"), JSON.stringify(demo.openapi()));
  const generated = await spawnIb([
    "generate",
    join(dir, "spec.json"),
    "--auth",
    "apiToken",
    "--actions",
    "all",
    "--out",
    join(dir, "bundle.json"),
  ]);
  expect(generated.code, generated.stderr).toBe(0);
  bundle = JSON.parse(readFileSync(join(dir, "bundle.json"), "utf8"));
});

test.afterAll(async () => {
  await demo?.close();
});

/** A helper flow whose Return Error card has no message: one IB2001 error at card "fail", field "message". */
const failing = (name: string) => ({
  ...helperFlow(name, [{ id: "fail", type: "error.returnError", inputs: {} }], []),
  enabled: true,
});

test("validates with two errors, opens one on the canvas, fixes both, certifies, continues to the OIN app, maps the operations and submits", async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const projectId = await createProject(request, "Validate and submit");
  await post(request, `/api/projects/${projectId}/bundle`, bundle);
  const { oinApp: app } = await post<{ oinApp: { id: string } }>(request, "/api/oin-apps", {
    displayName: "REST demo app",
    description: "Provisioning and Universal Logout for the REST demo",
    capabilities: ["provisioning", "universalLogout"],
    ssoProtocol: "oidc",
    variables: [],
    auth: { mode: "basic" },
  });
  await post(request, `/api/projects/${projectId}/link`, { oinAppId: app.id });
  const { configurations } = await (await request.get(`/api/projects/${projectId}/auth-configs`)).json();
  await post(request, `/api/projects/${projectId}/connections`, {
    name: "REST demo",
    authConfigId: configurations[0].id,
    server: { protocol: "http", host: "127.0.0.1", port: Number(new URL(demo.url).port), basePath: "" },
    parameters: { token: demo.settings.apiToken },
  });
  const firstId = await createFlow(request, projectId, failing("Fails first"));
  await createFlow(request, projectId, failing("Fails second"));

  await page.goto(`/projects/${projectId}/validate`);
  await expect(page.getByRole("button", { name: "Continue submission in OIN" })).toBeDisabled();
  await page.getByRole("button", { name: "Validate flows" }).click();
  const report = page.getByTestId("validation-report");
  await expect(report.getByRole("status")).toHaveText(/^2 error\(s\)/);
  await expect(page.getByTestId("flow-diagnostics-Fails first")).toContainText("1 error(s), 0 warning(s)");
  await expect(page.getByRole("button", { name: "Continue submission in OIN" })).toBeDisabled();

  // The code links to its explanation; the message to the card and field on the canvas.
  const diagnostic = page.getByTestId("flow-diagnostics-Fails first").getByRole("listitem");
  await expect(diagnostic.getByRole("link", { name: "IB2001", exact: true })).toHaveAttribute(
    "href",
    "/validation-rules#IB2001",
  );
  await diagnostic.getByRole("link").last().click();
  await expect(page).toHaveURL(new RegExp(`/flows/${firstId}\\?card=fail&field=message$`));
  await expect(page.getByTestId("canvas")).toHaveAttribute("data-ready", "true");
  await expect(page.getByTestId("card-fail")).toHaveClass(/cv-selected/);
  const message = page.getByTestId("inspector").getByLabel("message", { exact: true });
  await expect(message).toBeFocused();
  await message.fill("No user here");
  await save(page, 2);

  await page.goto(`/projects/${projectId}/validate`);
  await page.getByRole("button", { name: "Validate flows" }).click();
  await expect(report.getByRole("status")).toHaveText(/^1 error\(s\)/);
  await expect(page.getByTestId("flow-diagnostics-Fails first")).toHaveCount(0);

  // The second fix goes through the same flow route the canvas saves with.
  const secondId = await flowIdByName(request, projectId, "Fails second");
  const stored = await storedFlow(request, secondId);
  stored.cards[0].inputs = { message: { kind: "literal", value: "No" } };
  const saved = await request.put(`/api/flows/${secondId}`, { data: { flow: stored, expectedVersion: 1 } });
  expect(saved.ok(), await saved.text()).toBe(true);
  await page.getByRole("button", { name: "Validate again" }).click();
  await expect(report.getByRole("status")).toHaveText(/^0 error\(s\)|^No problems found/);

  await page.getByLabel("Connection").selectOption({ label: "REST demo" });
  await page.getByRole("button", { name: "Run certification" }).click();
  const certification = page.getByTestId("certification-report");
  await expect(certification.getByRole("status")).toContainText("Certification", { timeout: 60_000 });
  const [kept] = await (await request.get(`/api/projects/${projectId}/certify`)).json();
  const failed = kept.cases.filter((entry: { result: string }) => entry.result === "failed");
  expect(failed, "failed certification cases").toEqual([]);
  await expect(certification.getByRole("status")).toContainText("Certification passed");
  const createUser = certification.getByTestId("case-create-user");
  await expect(createUser).toContainText("passed");
  await createUser.getByText("Trace of 1 call(s)").click();
  await expect(createUser.locator("pre")).toContainText('"card": "request"');
  await expect(createUser.locator("pre")).not.toContainText(demo.settings.apiToken);

  await page.goto(`/projects/${projectId}/validate`);
  await page.getByRole("button", { name: "Validate flows" }).click();
  await page.getByRole("link", { name: "Continue submission in OIN" }).click();
  // Issue 22: Continue lands on the configuration, not at the top of the OIN app's long form.
  await expect(page).toHaveURL(new RegExp(`/oin-apps/${app.id}#configure-integration$`));
  const configure = page.getByTestId("configure-integration");
  await expect(configure.getByRole("heading", { name: "Configure your integration" })).toBeInViewport();

  // Every unmet requirement at once, message first; the pre-selected operations count as mapped, as shown.
  const submit = configure.getByRole("button", { name: "Submit integration" });
  await submit.click();
  const refusal = configure.getByRole("alert").filter({ hasText: "cannot be submitted" });
  await expect(refusal).toContainText("IB5001: Tick the certify box");
  await expect(refusal).toContainText("IB5004: Configure your integration: enter a support email.");
  await expect(refusal.getByRole("listitem").first()).toHaveText(/^IB5001: /);
  await expect(refusal).not.toContainText("IB5002: Provisioning List Users");
  await configure.getByLabel("I certify the integration is ready for review").check();

  // One ON flow per operation: each is pre-selected; leave Update User Password out, map the rest.
  const listUsers = configure.getByLabel("Provisioning List Users (required)");
  await expect(listUsers).toHaveValue("Provisioning List Users");
  await listUsers.selectOption("");
  await listUsers.selectOption("Provisioning List Users");
  await configure.getByLabel("Provisioning Update User Password").selectOption("");
  await configure.getByLabel("Support email").fill("support at example");
  await configure.getByRole("button", { name: "Save configuration" }).click();
  await expect(configure.getByLabel("Support email")).toHaveAccessibleDescription(
    '"support at example" is not an email address',
  );
  await configure.getByLabel("Support email").fill("support@example.com");
  await configure.getByLabel("Test account URL").fill("https://demo.example.com/login");
  await configure.getByLabel("Test account username").fill("okta-review");
  await configure.getByLabel("Test account password").fill("Review-pa55word");
  await configure.getByLabel("Testing instructions").fill("Sign in with the test account.");
  await configure.getByRole("button", { name: "Save configuration" }).click();
  await expect(configure.getByText("Configuration saved.")).toBeVisible();
  // The refusal described the configuration before this save: it is gone.
  await expect(refusal).toHaveCount(0);
  await expect(configure.getByLabel("Test account password")).not.toHaveValue("Review-pa55word");
  const configuration = await (await request.get(`/api/projects/${projectId}/oin-configuration`)).json();
  expect(configuration.configuration.operations).not.toHaveProperty("Provisioning Update User Password");
  expect(configuration.configuration.operations["Provisioning List Users"]).toBe("Provisioning List Users");
  expect(JSON.stringify(configuration)).not.toContain("Review-pa55word");

  await submit.click();
  await expect(configure.getByText("Submitted: OIN to review")).toBeVisible();
  await page.goto(`/projects/${projectId}`);
  await expect(page.getByTestId("project-status")).toHaveText("OIN to review");
});
