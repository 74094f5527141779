// The foundation journey in real Chromium: OIN app -> Save and start building -> General tab -> API Spec upload,
// search, a refused upload, replace with a diff; unlinking an OIN app. (The JSON route's refusal of a camelCase
// tenant variable: tests/integration/oin-apps-route.test.ts.)
import { expect, test } from "./helpers/test";
import { specPath } from "../helpers/paths";

test("an OIN app becomes a project whose spec can be uploaded, searched and replaced", async ({ page }) => {
  await page.goto("/oin-apps/new");
  await expect(page.getByRole("heading", { name: "Create OIN app" })).toBeVisible();
  await page.getByLabel("Display name").fill("Acme Directory");
  await page.getByLabel("Description").fill("Provision Acme Directory users from Okta.");
  await page.getByRole("checkbox", { name: "Provisioning", exact: true }).check();
  await page.getByRole("button", { name: "+ Add a tenant variable" }).click();
  await page.getByLabel("Label of tenant variable 1").fill("Subdomain");
  await page.getByLabel("Name of tenant variable 1").fill("subDomain");
  await page.getByRole("button", { name: "Save and start building" }).click();
  await expect(
    page.getByText(`Name "subDomain" must be lowercase: the OIN Wizard doesn't support uppercase or camelCase names`),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/oin-apps\/new$/);

  await page.getByLabel("Name of tenant variable 1").fill("subdomain");
  await page.getByRole("button", { name: "Save and start building" }).click();
  await expect(page).toHaveURL(/\/projects\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1, name: "Acme Directory" })).toBeVisible();
  await expect(page.getByRole("link", { name: "General" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByTestId("project-status")).toHaveText("DRAFT");
  await expect(page.getByText("Build with no-code integration builder")).toBeVisible();
  await expect(page.getByRole("link", { name: "View in OIN app" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Projects" }).getByText("Shared Folder")).toBeVisible();

  await page.getByRole("link", { name: "API Spec", exact: true }).click();
  await page.getByLabel("Spec file").setInputFiles(specPath("oai-v3.0-petstore.yaml"));
  await page.getByRole("button", { name: "Process file" }).click();
  await expect(page.getByRole("heading", { name: "Swagger Petstore" })).toBeVisible();
  const operations = page.getByRole("list", { name: "Operations" }).getByRole("listitem");
  await expect(operations).toHaveCount(3);
  await expect(page.getByText("3 operations", { exact: true })).toBeVisible();

  await page.getByRole("searchbox", { name: "Search operations" }).fill("showPetById");
  await expect(page.getByText("1 of 3 operations")).toBeVisible();
  await expect(operations).toHaveCount(1);
  await expect(operations.first()).toContainText("/pets/{petId}");
  await page.getByRole("searchbox", { name: "Search operations" }).fill("post");
  await expect(operations).toHaveCount(1);
  await expect(operations.first()).toContainText("createPets");

  // A broken file is refused with where the problem is; the current spec stays.
  await page.getByLabel("Spec file").setInputFiles({
    name: "broken.yaml",
    mimeType: "application/yaml",
    buffer: Buffer.from("openapi: 3.0.0\ninfo: [oops\n"),
  });
  await page.getByRole("button", { name: "Process file" }).click();
  const alert = page
    .getByRole("alert")
    .filter({ hasText: "broken.yaml was not accepted; the previous spec is unchanged." });
  await expect(alert).toBeVisible();
  await expect(alert.locator(".location").first()).toContainText("broken.yaml");
  await expect(page.getByRole("heading", { name: "Swagger Petstore" })).toBeVisible();

  await page.getByLabel("Spec file").setInputFiles(specPath("readme-3.0-petstore.json"));
  await page.getByRole("button", { name: "Process file" }).click();
  await expect(page.getByRole("heading", { name: "Changes from version 1 to 2" })).toBeVisible();
  await expect(page.getByRole("heading", { name: /^Added \(\d+\)$/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: /^Removed \(\d+\)$/ })).toBeVisible();
  await expect(page.getByText("20 operations", { exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Authentication configuration" })).toBeVisible();
});

test("unlinking the OIN app asks first and says what is lost", async ({ page, request }) => {
  const started = await request.post("/api/oin-apps/start-building", {
    data: {
      displayName: "Acme Unlinked",
      description: "Provision Acme users from Okta.",
      capabilities: ["provisioning"],
      ssoProtocol: null,
      variables: [{ label: "Subdomain", name: "subdomain" }],
      auth: { mode: "basic" },
    },
  });
  expect(started.ok(), await started.text()).toBe(true);
  const { project } = (await started.json()) as { project: { id: string } };

  await page.goto(`/projects/${project.id}`);
  await expect(page.getByTestId("project-status")).toHaveText("DRAFT");
  await page.getByRole("button", { name: "Unlink app" }).click();
  const dialog = page.getByRole("dialog", { name: "Unlink the OIN app?" });
  await expect(dialog).toContainText("tenant variables");
  await expect(dialog).toContainText("will no longer be available to authentication and action configuration");
  await dialog.getByRole("button", { name: "Unlink app" }).click();
  await expect(page.getByTestId("project-status")).toHaveText("Not linked");
  await expect(page.getByRole("button", { name: "Link an OIN app" })).toBeVisible();
});
