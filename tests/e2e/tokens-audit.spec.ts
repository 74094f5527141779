// API tokens and the audit log in the browser: a token is created and shown once with a copy button, listed by its
// prefix and revoked; the Audit page lists both changes, filters them and links the JSON lines export (its content:
// tests/integration/audit-export-filter.test.ts); the retention form refuses 0 at its field and saves a number of days.
import { createProject } from "./helpers/editor";
import { OWNER } from "./helpers/owner";
import { expect, test } from "./helpers/test";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

test("creating, copying and revoking an API token, then finding both in the audit log", async ({ page }) => {
  await page.goto("/settings/tokens");
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.locator("#token-name-error")).toContainText("name must be text");

  await page.getByLabel("Name").fill("Browser CI");
  await page.getByLabel("Scope").selectOption("write");
  await page.getByLabel(/Expires in/).fill("7");
  await page.getByRole("button", { name: "Create token" }).click();
  const secret = (await page.getByTestId("new-token").textContent()) ?? "";
  expect(secret).toMatch(/^ib_[A-Za-z0-9_-]{43}$/);
  await page.getByRole("button", { name: "Copy", exact: true }).click();
  await expect(page.getByRole("button", { name: "Copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);

  const row = page.locator("table.tokens tbody tr", { hasText: "Browser CI" });
  await expect(row).toContainText(`${secret.slice(0, 12)}…`);
  await expect(row).toContainText("active");
  await page.getByRole("button", { name: "Done" }).click();
  await page.reload();
  await expect(page.locator("body")).not.toContainText(secret);
  await page.getByRole("button", { name: "Revoke Browser CI" }).click();
  await expect(row).toContainText("revoked");

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Audit" }).click();
  // The token family only: other specs (another worker among them) add events of their own meanwhile.
  await page.getByLabel("Action").fill("token");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/[?&]action=token(&|$)/);
  const events = page.locator("table.audit-events tbody tr");
  await expect(events.filter({ hasText: "token.revoke" })).toContainText("Browser CI");
  const creations = events.filter({ hasText: "token.create" });
  await expect(creations.filter({ hasText: "Browser CI" })).toContainText("success");
  // The attempt without a name is there too, as a failure.
  await expect(creations.filter({ hasText: "failure" })).toHaveCount(1);
  await expect(page.locator("table.audit-events")).not.toContainText(secret);

  await page.getByLabel("Action").fill("token.revoke");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(events).toHaveCount(1);
  await expect(page.getByRole("link", { name: "Export JSON lines" })).toHaveAttribute(
    "href",
    "/api/audit/export?action=token.revoke",
  );

  await page.getByLabel("Since").fill("yesterday");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.locator(".alert")).toContainText("field since");

  // The filter reloaded the page: typed before React hydrates the retention form, the 0 would not reach its state
  // (and Save would send the shown value), so the refused save is tried until the form answers.
  await expect(async () => {
    await page.getByLabel("Keep events for (days)").fill("0");
    await page.getByRole("button", { name: "Save retention" }).click();
    await expect(page.locator(".alert", { hasText: "The retention was not changed" })).toContainText("field days", {
      timeout: 2_000,
    });
  }).toPass();
  await page.getByLabel("Keep events for (days)").fill("30");
  await page.getByRole("button", { name: "Save retention" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved: events are kept 30 day(s).");
});

test("a project created through its route appears in the audit log, filtered by action family", async ({
  page,
  request,
}) => {
  const projectId = await createProject(request, "Audited project");
  await page.goto("/audit?action=project");
  const row = page.locator("table.audit-events tbody tr", { hasText: "Audited project" });
  await expect(row).toContainText("project.create");
  await expect(row).toContainText(OWNER.email);
  await expect(row).toContainText("success");
  expect(projectId).toBeTruthy();
});
