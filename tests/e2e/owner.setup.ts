// First start in the browser: no user exists, so every page leads to owner setup; the owner is created there and
// signed in, and its session is saved for the other specs.
import { OWNER, OWNER_STATE } from "./helpers/owner";
import { expect, test as setup } from "./helpers/test";

setup("the owner is set up through the owner setup page", async ({ page }) => {
  await page.goto("/projects");
  await expect(page).toHaveURL(/\/setup$/);
  await expect(page.getByRole("heading", { name: "Set up the owner" })).toBeVisible();
  await page.getByLabel("Email").fill(OWNER.email);
  await page.getByLabel("Password", { exact: true }).fill(OWNER.password);
  await page.getByLabel("Password again").fill("not the same password");
  await page.getByRole("button", { name: "Create owner and sign in" }).click();
  await expect(page.getByText("The two passwords differ.")).toBeVisible();
  await page.getByLabel("Password again").fill(OWNER.password);
  await page.getByRole("button", { name: "Create owner and sign in" }).click();
  await expect(page.getByRole("link", { name: `${OWNER.email} · owner` })).toBeVisible();
  await page.context().storageState({ path: OWNER_STATE });
});
