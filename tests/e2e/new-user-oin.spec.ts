// Issue 12 on the OIN app form: "an authentication variable", and the verdict of a failed Save shown in the sticky
// Save bar, in view where Save was clicked, rather than below the fold.
import { expect, test } from "./helpers/test";

test("the OIN form speaks plainly and shows a failed Save's verdict in its sticky Save bar", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 700 });
  await page.goto("/oin-apps/new");
  await page.getByRole("radio", { name: "Custom" }).check();
  await expect(page.getByRole("button", { name: "+ Add an authentication variable" })).toBeVisible();
  await expect(page.getByText("+ Add a authentication variable")).toHaveCount(0);

  await page.getByRole("button", { name: "Save and start building" }).click();
  const verdict = page.getByRole("alert").filter({ hasText: /Fix the \d+ problems? above; nothing was saved\./ });
  await expect(verdict).toBeVisible();
  await expect(page.locator(".sticky-actions").getByRole("alert")).toContainText("nothing was saved");
  await expect(verdict).toBeInViewport();
});

test("Save confirms itself, and Universal Logout's hint follows the SSO protocol", async ({ page, request }) => {
  const answer = await request.post("/api/oin-apps", {
    data: {
      displayName: "Save confirms",
      description: "Issue 22: Save said nothing",
      capabilities: ["provisioning"],
      ssoProtocol: null,
      variables: [],
      auth: { mode: "basic" },
    },
  });
  expect(answer.ok(), await answer.text()).toBe(true);
  const { oinApp } = (await answer.json()) as { oinApp: { id: string } };
  await page.goto(`/oin-apps/${oinApp.id}`);
  const logout = page.getByRole("checkbox", { name: "Universal Logout" });
  await expect(logout).toHaveAccessibleDescription("Needs an SSO protocol (SAML 2.0 or OIDC) chosen first.");
  await page.getByLabel("SSO protocol").selectOption({ label: "OIDC" });
  await expect(logout).toBeEnabled();
  await expect(logout).toHaveAccessibleDescription(/ends a user's sessions/);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.locator(".sticky-actions").getByRole("status")).toHaveText("Saved.");
});
