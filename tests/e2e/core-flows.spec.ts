// Core flows journey in real Chromium: upload a spec, see Authping and Custom API Action wait for HTTP Helper,
// generate all three, create a connection to Prism serving the spec, test it, and try an operation.
import { expect, test } from "./helpers/test";
import { specPath } from "../helpers/paths";
import { startPrism, type RunningPrism } from "../helpers/servers/prism";

let prism: RunningPrism;

test.beforeAll(async () => {
  prism = await startPrism(specPath("readme-3.0-petstore.json"));
});

test.afterAll(async () => {
  await prism?.stop();
});

test("core flows are generated in order, tested through a connection and used to try an operation", async ({
  page,
  request,
}) => {
  test.setTimeout(240_000);
  const created = await request.post("/api/projects", { data: { name: "Core flows" } });
  const { project } = (await created.json()) as { project: { id: string } };

  await page.goto(`/projects/${project.id}/spec`);
  await page.getByLabel("Spec file").setInputFiles(specPath("readme-3.0-petstore.json"));
  await page.getByRole("button", { name: "Process file" }).click();

  const auth = page.getByRole("region", { name: "Authentication configuration" });
  await auth.getByRole("button", { name: "Generate" }).click();
  const authDialog = page.getByRole("dialog", { name: "Generate authentication configurations" });
  await authDialog.getByRole("button", { name: "Generate" }).click();
  await expect(auth.getByText(/Generated: 1 created/)).toBeVisible();
  await page.reload();

  const core = page.getByRole("region", { name: "Core flows" });
  await expect(core.getByRole("button", { name: "Generate flow Authping" })).toBeDisabled();
  await expect(core.getByRole("button", { name: "Generate flow Custom API Action" })).toBeDisabled();

  await core.getByRole("button", { name: "Generate flow HTTP Helper" }).click();
  let dialog = page.getByRole("dialog", { name: "Generate httpHelper" });
  await expect(dialog.getByText('"httpHelper" will be created in Shared Folder.')).toBeVisible();
  await expect(dialog.getByLabel("Auth configuration")).toHaveValue(/.+/);
  await expect(dialog.getByText(/petstore\.swagger\.io/)).toBeVisible();
  await dialog.getByRole("button", { name: "Generate" }).click();
  await expect(core.getByTestId("core-flow-httpHelper").getByText("Generated")).toBeVisible();

  await core.getByRole("button", { name: "Generate flow Authping" }).click();
  dialog = page.getByRole("dialog", { name: "Generate _authping" });
  await expect(dialog.getByTestId("ping-choice")).toContainText("GET /store/inventory");
  await expect(dialog.getByTestId("ping-choice")).toContainText('protected by "api_key"');
  await dialog.getByRole("button", { name: "Generate" }).click();
  await expect(core.getByTestId("core-flow-authping").getByText("Generated")).toBeVisible();

  await core.getByRole("button", { name: "Generate flow Custom API Action" }).click();
  dialog = page.getByRole("dialog", { name: "Generate Custom API Action" });
  await dialog.getByRole("button", { name: "Generate" }).click();
  await expect(core.getByTestId("core-flow-customApiAction").getByText("Generated")).toBeVisible();

  const port = new URL(prism.baseUrl).port;
  await page.getByRole("link", { name: "Connections" }).click();
  await page.getByLabel("Auth configuration").selectOption({ label: "api_key" });
  await page.getByRole("button", { name: "New connection" }).click();
  const editor = page.getByRole("region", { name: "New connection" });
  await editor.getByLabel("Name").fill("Prism");
  await editor.getByLabel("Protocol").selectOption("http");
  await editor.getByLabel("Host").fill("127.0.0.1");
  await editor.getByLabel("Port", { exact: true }).fill(port);
  await editor.getByLabel("Base path").fill("");
  await editor.getByLabel("api_key").fill("e2e-api-key");
  await editor.getByRole("button", { name: "Save connection" }).click();
  await expect(page.getByRole("row", { name: "Prism" })).toBeVisible();

  const row = page.getByRole("row", { name: "Prism" });
  await row.getByRole("button", { name: "Test connection" }).click();
  await expect(row.getByText("Working: Connection is working (200)")).toBeVisible();

  await page.getByRole("link", { name: "API Spec" }).click();
  const tryIt = page.getByRole("region", { name: "Try an operation" });
  await tryIt.getByRole("button", { name: "Open Try an operation" }).click();
  await tryIt.getByLabel("Connection").selectOption({ label: "Prism" });
  await tryIt
    .getByLabel("Operation to try")
    .selectOption({ label: "GET /store/inventory — Returns pet inventories by status" });
  await expect(tryIt.getByLabel("Relative URL")).toHaveValue("/store/inventory");
  await tryIt.getByRole("button", { name: "Send" }).click();
  const response = tryIt.getByTestId("try-response");
  await expect(response.getByText(/Status 200/)).toBeVisible();
});
