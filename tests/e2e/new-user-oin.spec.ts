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
