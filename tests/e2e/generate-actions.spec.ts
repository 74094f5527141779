// API Spec > Generate action flows in Chromium: the REST demo's spec (started here) is planned, its action flows
// generated under Actions (the user schema too, drafted from the spec without an operation of its own); one contract is
// switched to a runner-up operation and regenerated, and its flow follows.
import { type RunningRestDemo, startRestDemo } from "../../demo/rest/server";
import type { ActionPlan } from "../../lib/actions/plan";
import { createProject, flowIdByName, post, storedFlow } from "./helpers/editor";
import { expect, test } from "./helpers/test";

let demo: RunningRestDemo;

test.beforeAll(async () => {
  demo = await startRestDemo();
});

test.afterAll(async () => {
  await demo?.close();
});

test("generates action flows from the REST demo's plan, then regenerates one with a runner-up", async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const projectId = await createProject(request, "Generate actions");
  await post(request, `/api/projects/${projectId}/spec`, {
    fileName: "rest-demo.json",
    text: JSON.stringify(demo.openapi()),
  });
  const plan = await post<ActionPlan>(request, `/api/projects/${projectId}/actions/plan`, {});
  const target = plan.actions.find((action) => action.operation && action.candidates.length > 0)!;
  expect(target, "a contract with a runner-up").toBeTruthy();
  const planned = target.operation!;
  const runnerUp = target.candidates[0];

  await page.goto(`/projects/${projectId}/spec`);
  const section = page.getByRole("region", { name: "Generate action flows" });
  const generate = section.getByRole("button", { name: "Generate" });
  await expect(generate).toBeEnabled();
  const row = section.getByTestId(`plan-${target.contract}`);
  await expect(row.getByRole("combobox")).toHaveValue(`${planned.method} ${planned.path}`);
  // The demo has no user schema endpoint: the draft describes the user the spec creates, and is offered all the same.
  const schemaRow = section.getByTestId("plan-Provisioning List User Schema");
  await expect(schemaRow).toContainText("none needed");
  await expect(schemaRow.getByRole("checkbox")).toBeChecked();
  await generate.click();
  const outcome = section.getByTestId("action-generation-result");
  await expect(outcome.getByText(target.contract, { exact: true })).toBeVisible();
  await expect(outcome.locator("li", { hasText: "Provisioning List User Schema" }).first()).toContainText("created");
  await expect(outcome.locator("li", { hasText: target.contract }).first()).toContainText("created");

  const flowId = await flowIdByName(request, projectId, target.contract);
  expect((await storedFlow(request, flowId)).description).toContain(`${planned.method.toUpperCase()} ${planned.path} `);

  await row.getByRole("combobox").selectOption(`${runnerUp.method} ${runnerUp.path}`);
  await expect(row).toContainText(runnerUp.why);
  await generate.click();
  await expect(outcome.locator("li", { hasText: target.contract }).first()).toContainText("replaced");
  const regenerated = await storedFlow(request, flowId);
  expect(regenerated.description).toContain(`${runnerUp.method.toUpperCase()} ${runnerUp.path} `);

  await page.goto(`/projects/${projectId}/actions/${encodeURIComponent(target.contract)}`);
  await expect(page.getByRole("link", { name: target.contract, exact: true }).first()).toBeVisible();
});
