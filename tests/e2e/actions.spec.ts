import { EDITOR_VIEWPORT, createProject, post, storedFlow } from "./helpers/editor";
import { expect, test } from "./helpers/test";

// Actions in real Chromium: New Component > Add Action offers what the OIN app's capabilities allow (the reason shown
// for the rest); a Create User flow made from its contract shows the contract's body tree and auth section; two
// contract fields mapped by drag (the mapping menu offers them too, typed); Flow is OFF → ON; its test flow runs and the contract check passes.

test.use({ viewport: EDITOR_VIEWPORT });

test("adds a Provisioning action, builds Create User from the contract, turns it ON and passes its test", async ({
  page,
}) => {
  const projectId = await createProject(page.request, "Actions project");
  const { oinApp } = await post<{ oinApp: { id: string } }>(page.request, "/api/oin-apps", {
    displayName: "Acme Directory",
    description: "Provisioning only",
    capabilities: ["provisioning"],
    ssoProtocol: null,
    variables: [{ label: "Subdomain", name: "subdomain" }],
    auth: { mode: "basic" },
  });
  await post(page.request, `/api/projects/${projectId}/link`, { oinAppId: oinApp.id });
  const basic = await post<{ id: string }>(page.request, `/api/projects/${projectId}/auth-configs`, {
    name: "Basic",
    type: "basic",
    settings: {},
  });
  const mapped = await page.request.put(`/api/projects/${projectId}/auth-configs/${basic.id}/mapping`, {
    data: { mapping: { username: "subdomain" } },
  });
  expect(mapped.ok(), await mapped.text()).toBe(true);

  await page.goto(`/projects/${projectId}`);
  const panel = page.getByRole("navigation", { name: "Projects" });
  await panel.getByText("New Component").click();
  await panel.getByRole("button", { name: "Add Action" }).click();
  const dialog = page.getByRole("dialog", { name: "Add Action" });
  await expect(dialog.getByTestId("action-choice-Proprietary Universal Logout")).toContainText("needs SSO");
  await expect(dialog.getByRole("radio", { name: /Proprietary Universal Logout/ })).toBeDisabled();
  await dialog.getByRole("radio", { name: /^Provisioning Create User/ }).check();
  await dialog.getByRole("button", { name: "Add action" }).click();

  // The action page: its Flows tab, and the action under Actions in the panel with its Test Folder.
  await expect(
    page.getByTestId("action-panel").getByRole("heading", { name: "Provisioning Create User" }),
  ).toBeVisible();
  await expect(panel.getByTestId("panel-action-Provisioning Create User")).toBeVisible();
  await expect(panel.getByText("Test Folder")).toBeVisible();
  await page.getByTestId("action-panel").getByRole("link", { name: "+ New Flow" }).click();
  await expect(page.getByRole("radio", { name: "Action", exact: true })).toBeChecked();
  await expect(page.getByLabel("Contract")).toHaveValue("Provisioning Create User");
  await page.getByRole("button", { name: "Create flow" }).click();

  // The event card: the contract's input as a typed tree (required marked) and the auth section.
  await expect(page.getByTestId("canvas")).toHaveAttribute("data-ready", "true");
  await expect(page.getByTestId("flow-name")).toHaveText("Provisioning Create User");
  const event = page.getByTestId("card-event");
  await expect(event.getByTestId("event-body")).toBeVisible();
  await expect(event.getByTestId("output-event-user.name.givenName")).toContainText("Text");
  await expect(event.getByTestId("output-event-user.userName").locator(".cv-required")).toBeVisible();
  await expect(event.getByTestId("event-auth")).toContainText("Username← Subdomain");
  await expect(event.getByTestId("event-auth")).toContainText("Passwordnot mapped");

  // Return Outputs holds the contract's outputs; a Set card before it gives the user a display name.
  await page.getByTestId("insert:root::0").click();
  await page.getByTestId("palette-search").fill("Set");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("card-set1")).toBeVisible();
  await page.getByTestId("output-event-user").dragTo(page.getByTestId("input-set1-object"));
  await expect(page.getByTestId("input-set1-object")).toContainText("user");
  await page.getByTestId("output-event-user.userName").dragTo(page.getByTestId("input-set1-value"));
  await expect(page.getByTestId("input-set1-value")).toContainText("userName");
  // The mapping menu offers the contract's fields by name at any depth, with their types.
  await page.getByTestId("map-path").click();
  const menu = page.getByRole("menu", { name: "Values for path" });
  await expect(menu.getByRole("menuitem", { name: "Event › user.name.givenName Text" })).toBeVisible();
  await expect(menu.getByRole("menuitem", { name: "Event › user.emails List of Object" })).toBeVisible();
  await page.getByTestId("map-path").click();
  await expect(menu).toHaveCount(0);
  await page.getByTestId("inspector").getByLabel("path", { exact: true }).fill("displayName");
  await page.getByTestId("inspector").getByLabel("path", { exact: true }).press("Enter");
  await page.getByTestId("output-set1-output").dragTo(page.getByTestId("input-returnOutputs-user"));
  await expect(page.getByTestId("input-returnOutputs-user")).toContainText("Set");
  await page.getByTestId("save").click();
  await expect(page.getByText("v2 · saved")).toBeVisible();

  await expect(page.getByText("Flow is OFF")).toBeVisible();
  await page.getByTestId("flow-enabled").click();
  await expect(page.getByText("Flow is ON")).toBeVisible();
  const actionFlowId = new URL(page.url()).pathname.split("/").at(-1)!;
  expect((await storedFlow(page.request, actionFlowId)).cards.map((card) => card.type)).toEqual([
    "object.set",
    "flow.returnOutputs",
  ]);

  // The Test Folder: + New Flow makes a test flow with sample inputs; back in the folder, run it.
  await page.goto(`/projects/${projectId}/actions/${encodeURIComponent("Provisioning Create User")}?tab=tests`);
  await page.getByRole("button", { name: "JSON", exact: true }).click();
  const sampled = JSON.parse(await page.getByLabel("Test inputs").inputValue());
  expect(sampled.user).toMatchObject({ userName: expect.any(String), schemas: expect.any(Array) });
  const edited = { user: { ...sampled.user, userName: "ada@acme.test" } };
  await page.getByLabel("Test inputs").fill(JSON.stringify(edited));
  await page.getByTestId("action-panel").getByRole("button", { name: "+ New Flow" }).click();
  await expect(page.getByTestId("flow-name")).toHaveText("Test Provisioning Create User");
  await expect(page.getByTestId("card-callAction")).toBeVisible();
  const testFlowId = new URL(page.url()).pathname.split("/").at(-1)!;
  const testFlow = await storedFlow(page.request, testFlowId);
  expect(testFlow).toMatchObject({ kind: "test", event: { contract: "Provisioning Create User" } });
  expect(testFlow.cards[0].inputs.user).toEqual({ kind: "literal", value: edited.user });
  await page.goto(`/projects/${projectId}/actions/${encodeURIComponent("Provisioning Create User")}?tab=tests`);
  await page.getByRole("button", { name: "Run Test Provisioning Create User" }).click();
  const result = page.getByTestId("test-result-Test Provisioning Create User");
  await expect(result).toContainText("PASSED");
  await expect(result).toContainText("conform to Provisioning Create User");
  // Kept like an execution: the test flow's latest run succeeded, and it returned the user with its display name.
  const { executions } = await (await page.request.get(`/api/flows/${testFlowId}/executions`)).json();
  expect(executions[0]).toMatchObject({ status: "succeeded" });
  const kept = await (await page.request.get(`/api/flows/${testFlowId}/executions/${executions[0].id}`)).json();
  expect(JSON.stringify(kept)).toContain('"displayName":"ada@acme.test"');
});
