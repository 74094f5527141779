// Issue 22, defect 1, as a person meets it: the token of the REST demo's auth configuration mapped to the OIN app's
// tenant variable `api_key` made Test connection fail with undici's "invalid authorization header", and the
// connection form had no field for the variable's value. Now the mapping also offers the app's Custom
// authentication variable, Test connection says which variable has no value (nothing sent), the form has a field
// for it, and with a value the connection works.
import { type RunningRestDemo, startRestDemo } from "../../demo/rest/server";
import { post } from "./helpers/editor";
import { expect, test } from "./helpers/test";

let demo: RunningRestDemo;

test.beforeAll(async () => {
  demo = await startRestDemo();
});

test.afterAll(async () => {
  await demo?.close();
});

test("a token mapped to a tenant variable: offered, named when unset, entered in the connection form", async ({
  page,
  request,
}) => {
  const { project } = await post<{ project: { id: string } }>(request, "/api/oin-apps/start-building", {
    displayName: "Tenant variables journey",
    description: "Provisioning for the REST demo",
    capabilities: ["provisioning"],
    ssoProtocol: null,
    variables: [{ label: "API key", name: "api_key" }],
    auth: { mode: "custom", variables: [{ label: "API token", name: "api_token" }] },
  });
  const base = `/api/projects/${project.id}`;
  await post(request, `${base}/spec`, { fileName: "demo.json", text: JSON.stringify(demo.openapi()) });
  await post(request, `${base}/auth-configs/generate`, { selected: ["apiToken"] });
  await post(request, `${base}/core-flows`, { flows: ["httpHelper", "authping", "customApiAction"] });
  const { configurations } = await (await request.get(`${base}/auth-configs`)).json();
  await post(request, `${base}/connections`, {
    name: "REST demo",
    authConfigId: configurations[0].id,
    server: { protocol: "http", host: "127.0.0.1", port: Number(new URL(demo.url).port), basePath: "" },
    tls: { enabled: false, rejectUnauthorized: true },
    parameters: { token: demo.settings.apiToken },
  });

  await page.goto(`/projects/${project.id}/authentication`);
  const mapping = page.getByRole("group", { name: "Mapping of apiToken" });
  const select = mapping.getByLabel("Map token of apiToken");
  await expect(select.getByRole("option", { name: "API token (auth.api_token)" })).toBeAttached();
  await select.selectOption("api_key");
  await mapping.getByRole("button", { name: "Save mapping" }).click();
  await expect(mapping.getByText("Mapping saved")).toBeVisible();

  await page.getByRole("link", { name: "Connections" }).click();
  const row = page.getByRole("row", { name: "REST demo" });
  await row.getByRole("button", { name: "Test connection" }).click();
  await expect(
    row.getByText(/^Not working: Connection "REST demo" has no value for tenant variable "api_key"/),
  ).toBeVisible();
  await expect(row.getByText(/UND_ERR|authorization header/)).toHaveCount(0);

  await row.getByRole("button", { name: "Edit" }).click();
  const editor = page.getByRole("region", { name: "Edit connection REST demo" });
  await editor.getByLabel("Token (tenant variable API key, api_key)").fill(demo.settings.apiToken);
  await editor.getByRole("button", { name: "Save connection" }).click();
  await expect(editor).toHaveCount(0);
  await page.getByRole("row", { name: "REST demo" }).getByRole("button", { name: "Test connection" }).click();
  await expect(page.getByRole("row", { name: "REST demo" }).getByText(/^Working/)).toBeVisible();
});
