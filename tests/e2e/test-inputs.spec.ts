// The Test Folder in Chromium: a test's inputs, sampled with identifying values ending in "{run}" (a suffix new on
// every run), are edited as a form generated from the contract's input schema (nested objects grouped, lists
// editable) and as JSON, switching keeps the value, and the server's problems show at their fields by JSON pointer.
// Against the REST demo (started here): the sampled Create User test passes twice; one with a fixed userName shows
// PASSED, then FAILED in red with the API's own 409 message.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type RunningRestDemo, startRestDemo } from "../../demo/rest/server";
import { spawnIb } from "../helpers/ib-process";
import { createProject, post, storedFlow } from "./helpers/editor";
import { expect, test } from "./helpers/test";

const CREATE_USER = "Provisioning Create User";
const testsTab = (projectId: string) => `/projects/${projectId}/actions/${encodeURIComponent(CREATE_USER)}?tab=tests`;

let demo: RunningRestDemo;
let bundle: unknown;

test.beforeAll(async () => {
  demo = await startRestDemo();
  const dir = mkdtempSync(join(tmpdir(), "ib-test-inputs-e2e-"));
  writeFileSync(join(dir, "spec.json"), JSON.stringify(demo.openapi()));
  const out = join(dir, "bundle.json");
  const generated = await spawnIb([
    "generate",
    join(dir, "spec.json"),
    "--auth",
    "apiToken",
    "--actions",
    "all",
    "--out",
    out,
  ]);
  expect(generated.code, generated.stderr).toBe(0);
  bundle = JSON.parse(readFileSync(out, "utf8"));
});

test.afterAll(async () => {
  await demo?.close();
});

test("edits a test's inputs as a form and as JSON, with the server's problems at their fields", async ({
  page,
  request,
}) => {
  const projectId = await createProject(request, "Test inputs form");
  await post(request, `/api/projects/${projectId}/actions/flows`, { contract: CREATE_USER });
  await page.goto(testsTab(projectId));
  const inputs = page.getByRole("region", { name: "Test inputs", exact: true });

  // The form: the sample's realistic values, one field per property, the name grouped, the emails a list.
  const userName = inputs.getByLabel("user.userName", { exact: true });
  await expect(userName).toHaveValue("ada.lovelace.{run}@example.com");
  const sampled = await userName.inputValue();
  await expect(inputs.getByLabel("user.name.givenName", { exact: true })).toHaveValue("Ada");
  await expect(inputs.getByRole("group", { name: "user.name", exact: true })).toBeVisible();
  await expect(inputs.getByLabel("user.emails.0.value", { exact: true })).toHaveValue(sampled);
  await expect(inputs.getByLabel("user.active", { exact: true })).toHaveValue("true");

  // A second email by the list's Add; the userName emptied; a title typed.
  await inputs.getByRole("button", { name: "Add to user.emails" }).click();
  await inputs.getByLabel("user.emails.1.value", { exact: true }).fill("grace.work@acme.test");
  await inputs.getByLabel("user.emails.1.type", { exact: true }).fill("home");
  await userName.fill("");
  await inputs.getByLabel("user.title", { exact: true }).fill("Rear Admiral");

  // The server refuses it: the problem at its field, by its JSON pointer, and in the list above the form.
  await page.getByTestId("action-panel").getByRole("button", { name: "+ New Flow" }).click();
  const problems = page.getByRole("alert").filter({ hasText: "The test inputs have problems" });
  await expect(problems).toContainText('missing required property "userName" #/user/userName');
  await expect(userName).toHaveAttribute("aria-invalid", "true");
  await expect(userName).toHaveAccessibleDescription('missing required property "userName"');

  // JSON shows the same value; edited there, the form shows the edit.
  await page.getByRole("button", { name: "JSON", exact: true }).click();
  const text = page.getByLabel("Test inputs", { exact: true });
  const asJson = JSON.parse(await text.inputValue());
  expect(asJson.user.userName).toBeUndefined();
  expect(asJson.user.title).toBe("Rear Admiral");
  expect(asJson.user.emails).toEqual([
    { value: sampled, type: "work", primary: true },
    { value: "grace.work@acme.test", type: "home" },
  ]);
  const edited = { ...asJson, user: { ...asJson.user, userName: "grace@acme.test", active: false } };
  await text.fill(JSON.stringify(edited));
  await page.getByRole("button", { name: "Form", exact: true }).click();
  await expect(userName).toHaveValue("grace@acme.test");
  await expect(inputs.getByLabel("user.active", { exact: true })).toHaveValue("false");
  await expect(problems).toHaveCount(0);

  // Unreadable JSON stays in the JSON view with the reason.
  await page.getByRole("button", { name: "JSON", exact: true }).click();
  await text.fill("{ not json");
  await page.getByRole("button", { name: "Form", exact: true }).click();
  await expect(problems).toContainText("The JSON cannot be read");
  await expect(text).toBeVisible();
  await text.fill(JSON.stringify(edited));

  // Valid now: the test flow calls the action with exactly these inputs.
  await page.getByTestId("action-panel").getByRole("button", { name: "+ New Flow" }).click();
  await expect(page.getByTestId("flow-name")).toHaveText(`Test ${CREATE_USER}`);
  const testFlow = await storedFlow(request, new URL(page.url()).pathname.split("/").at(-1)!);
  expect(testFlow.cards[0].inputs.user).toEqual({ kind: "literal", value: edited.user });
});

test("against the REST demo: the sampled Create User test passes twice, a fixed one fails with the API's 409 message", async ({
  page,
  request,
}) => {
  const projectId = await createProject(request, "Test verdicts");
  await post(request, `/api/projects/${projectId}/bundle`, bundle);
  const { configurations } = await (await request.get(`/api/projects/${projectId}/auth-configs`)).json();
  await post(request, `/api/projects/${projectId}/connections`, {
    name: "REST demo",
    authConfigId: configurations[0].id,
    server: { protocol: "http", host: "127.0.0.1", port: Number(new URL(demo.url).port), basePath: "" },
    parameters: { token: demo.settings.apiToken },
  });

  // The sampled test: its user is new on every run, so it passes twice.
  await page.goto(testsTab(projectId));
  await page.getByTestId("action-panel").getByRole("button", { name: "+ New Flow" }).click();
  await expect(page.getByTestId("flow-name")).toHaveText(`Test ${CREATE_USER}`);
  await page.goto(testsTab(projectId));
  await expect(page.getByLabel("Connection")).toHaveValue(/.+/);
  const sampledRun = page.getByRole("button", { name: `Run Test ${CREATE_USER}`, exact: true });
  const sampledResult = page.getByTestId(`test-result-Test ${CREATE_USER}`);
  const sampledUsers = () =>
    demo.store
      .inspect()
      .users.filter((user: { email: string }) => /^ada\.lovelace\.[0-9a-f]{6}@example\.com$/.test(user.email)).length;
  for (const count of [1, 2]) {
    await sampledRun.click();
    await expect.poll(sampledUsers).toBe(count);
    await expect(sampledRun).toBeEnabled();
    await expect(sampledResult.locator("strong")).toHaveText("PASSED");
  }

  // A test whose userName is fixed: the second run's user exists already.
  const userName = "margaret@acme.test";
  await page.getByLabel("user.userName", { exact: true }).fill(userName);
  await page.getByLabel("user.emails.0.value", { exact: true }).fill(userName);
  await page.getByTestId("action-panel").getByRole("button", { name: "+ New Flow" }).click();
  await expect(page.getByTestId("flow-name")).toHaveText(`Test ${CREATE_USER} 2`);
  await page.goto(testsTab(projectId));
  const run = page.getByRole("button", { name: `Run Test ${CREATE_USER} 2` });
  const result = page.getByTestId(`test-result-Test ${CREATE_USER} 2`);
  await run.click();
  await expect(result.locator("strong")).toHaveText("PASSED");
  expect(demo.store.inspect().users.map((user: { email: string }) => user.email)).toContain(userName);

  // Again: the API refuses it (409), the action answers FAILED, and the page says so in red with the API's message.
  await run.click();
  await expect(result.locator("strong")).toHaveText("FAILED");
  await expect(result.locator("strong")).toHaveClass("error");
  await expect(result).toContainText("executionStatus FAILED");
  await expect(result).toContainText("HTTP 409");
  await expect(result).toContainText(`a user with email ${userName} already exists`);
});
