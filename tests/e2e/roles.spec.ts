// The Roles page: every project's roles with their project, filtered by project (kept in the address, and linked from
// the project's General tab), a role granted to a user by email (a bad email refused at its field) and revoked again.
import type { Card } from "@/lib/flow/model";
import { createFlow, createProject, helperFlow } from "./helpers/editor";
import { expect, test } from "./helpers/test";

const postCard: Card = {
  id: "create",
  type: "http.rawRequest",
  inputs: { method: { kind: "literal", value: "POST" }, url: { kind: "literal", value: "/items" } },
};

test("listing, filtering, granting and revoking project roles on the Roles page", async ({ page, request }) => {
  const acme = await createProject(request, "Roles Acme");
  await createProject(request, "Roles Depot");
  await createFlow(request, acme, helperFlow("Create item", [postCard]));

  await page.goto("/projects");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Roles" }).click();
  await expect(page.getByRole("heading", { name: "Roles", level: 1 })).toBeVisible();
  const rows = page.locator("table.roles tbody tr");
  await expect(rows.filter({ hasText: "Roles Depot admin" })).toHaveCount(1);
  await expect(rows.filter({ hasText: "Roles Acme POST" })).toHaveCount(1);

  await page.getByLabel("Project").selectOption({ label: "Roles Acme" });
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText("Roles Acme admin");
  await expect(rows.nth(1)).toContainText("Roles Acme POST");
  await expect(page).toHaveURL(new RegExp(`/roles\\?project=${acme}$`));

  await page.getByLabel("Role", { exact: true }).selectOption({ label: "Roles Acme POST" });
  await page.getByLabel("User email").fill("not-an-email");
  await page.getByRole("button", { name: "Grant" }).click();
  await expect(page.locator(".alert")).toContainText("#/email field email");
  await expect(page.locator(".alert")).toContainText("email must be an email address");

  await page.getByLabel("User email").fill("Dev@Example.com");
  await page.getByRole("button", { name: "Grant" }).click();
  await expect(page.getByRole("status")).toHaveText("Granted Roles Acme POST to dev@example.com.");
  await expect(rows.nth(1)).toContainText("dev@example.com");

  // The filter is in the address: a reload shows the same project's roles and the grant.
  await page.reload();
  await expect(page.getByLabel("Project")).toHaveValue(acme);
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText("dev@example.com");

  await page.getByRole("button", { name: "Revoke Roles Acme POST from dev@example.com" }).click();
  await expect(page.getByRole("status")).toHaveText("Revoked Roles Acme POST from dev@example.com.");
  await expect(rows.nth(1)).toContainText("nobody");

  // From the project's General tab, its roles only.
  await page.getByLabel("Project").selectOption({ label: "All projects" });
  await expect(page).toHaveURL(/\/roles$/);
  await page.goto(`/projects/${acme}`);
  await page.getByRole("link", { name: "Who holds this project's roles" }).click();
  await expect(page).toHaveURL(new RegExp(`/roles\\?project=${acme}$`));
  await expect(page.getByRole("combobox", { name: "Project" })).toHaveValue(acme);
  await expect(rows).toHaveCount(2);
});
