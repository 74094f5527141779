// Authentication journey in real Chromium: generate auth configurations from readme-3.0-security.json, map a
// parameter to tenant variable `subdomain`, create a connection, see its secret masked, edit it as JSON, and get a
// pointed error for an invalid port.
import { expect, test } from "./helpers/test";
import { specPath } from "../helpers/paths";

const MASK = "••••••••";

test("auth configurations generated from the spec, mapped, and used by a connection", async ({ page, request }) => {
  const started = await request.post("/api/oin-apps/start-building", {
    data: {
      displayName: "Httpbin",
      description: "Security examples",
      capabilities: ["provisioning"],
      ssoProtocol: null,
      variables: [{ label: "Subdomain", name: "subdomain" }],
      auth: { mode: "basic" },
    },
  });
  expect(started.ok()).toBe(true);
  const { project } = (await started.json()) as { project: { id: string } };

  await page.goto(`/projects/${project.id}/spec`);
  await page.getByLabel("Spec file").setInputFiles(specPath("readme-3.0-security.json"));
  await page.getByRole("button", { name: "Process file" }).click();
  const section = page.getByRole("region", { name: "Authentication configuration" });
  await section.getByRole("button", { name: "Generate" }).click();
  const dialog = page.getByRole("dialog", { name: "Generate authentication configurations" });
  await expect(dialog.getByRole("checkbox", { name: "Generate apiKey_header" })).toBeChecked();
  await expect(dialog.getByRole("checkbox", { name: "Generate oauth2_implicit" })).toBeDisabled();
  await expect(dialog.getByText(/implicit flow returns tokens to a browser/).first()).toBeVisible();
  await dialog.getByRole("button", { name: "Generate" }).click();
  await expect(section.getByText("Generated: 13 created, 0 updated.")).toBeVisible();

  await page.getByRole("link", { name: "Authentication", exact: true }).click();
  await expect(
    page.getByRole("list", { name: "Auth configurations" }).getByRole("listitem", { name: "apiKey_header" }),
  ).toBeVisible();
  const mapping = page.getByRole("group", { name: "Mapping of apiKey_header" });
  await mapping.getByLabel("Map X-API-KEY of apiKey_header").selectOption("subdomain");
  await mapping.getByRole("button", { name: "Save mapping" }).click();
  await expect(mapping.getByText("Mapping saved")).toBeVisible();

  await page.getByRole("link", { name: "Connections" }).click();
  await expect(page).toHaveURL(/\/connections$/);
  await page.getByLabel("Auth configuration", { exact: true }).selectOption({ label: "basic" });
  await page.getByRole("button", { name: "New connection" }).click();
  const editor = page.getByRole("region", { name: "New connection" });
  await expect(editor.getByLabel("Host")).toHaveValue("httpbin.org");
  await editor.getByLabel("Name", { exact: true }).fill("Httpbin basic");
  await editor.getByLabel("Username").fill("admin");
  await editor.getByLabel("Password", { exact: true }).fill("e2e-secret-password");
  await page.getByRole("button", { name: "Save connection" }).click();
  const row = page.getByRole("row", { name: "Httpbin basic" });
  await expect(row).toBeVisible();

  await page.reload();
  await page.getByRole("row", { name: "Httpbin basic" }).getByRole("button", { name: "Edit" }).click();
  await expect(page.getByLabel("Password", { exact: true })).toHaveValue(MASK);
  await expect(page.getByText("e2e-secret-password")).toHaveCount(0);

  await page.getByRole("button", { name: "Advanced JSON view" }).click();
  const json = page.getByLabel("Connection JSON");
  await expect(json).toHaveValue(new RegExp(MASK));
  const edited = JSON.parse(await json.inputValue());
  edited.timeoutMs = 45000;
  await json.fill(JSON.stringify(edited, null, 2));
  await page.getByRole("button", { name: "Save connection" }).click();
  await expect(page.getByRole("region", { name: /Edit connection/ })).toHaveCount(0);

  await page.getByRole("row", { name: "Httpbin basic" }).getByRole("button", { name: "Edit" }).click();
  await page.getByRole("button", { name: "Advanced JSON view" }).click();
  const saved = JSON.parse(await page.getByLabel("Connection JSON").inputValue());
  expect(saved.timeoutMs).toBe(45000);
  expect(saved.parameters.password).toBe(MASK);
  saved.server.port = 70000;
  await page.getByLabel("Connection JSON").fill(JSON.stringify(saved, null, 2));
  await page.getByRole("button", { name: "Save connection" }).click();
  const alert = page.getByRole("alert").filter({ hasText: "The connection was not saved" });
  await expect(alert.getByText("#/server/port")).toBeVisible();
});
