// Accounts in Chromium: owner setup is closed once the owner exists; sign-in (a wrong password is refused in the
// page), sign-out (every page leads back to sign-in); the owner adds a user on the Users page and changes its role,
// and the user's own pages follow.
import type { Browser, Page } from "@playwright/test";
import { OWNER } from "./helpers/owner";
import { expect, test } from "./helpers/test";

async function signedOutPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  return context.newPage();
}

async function signInAs(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

test("signing in and out: setup is closed, a wrong password is refused, pages need a session", async ({ browser }) => {
  const page = await signedOutPage(browser);
  await page.goto("/setup");
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.goto("/projects");
  await expect(page).toHaveURL(/\/sign-in$/);

  await signInAs(page, OWNER.email, "not the owner's password");
  await expect(page.getByText("Invalid email or password")).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in$/);

  await signInAs(page, OWNER.email, OWNER.password);
  await expect(page.getByRole("link", { name: `${OWNER.email} · owner` })).toBeVisible();
  await page.goto("/projects");
  await expect(page.getByRole("heading", { level: 1, name: "Projects" })).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.goto("/oin-apps");
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.context().close();
});

test("the owner adds a user on the Users page and assigns its role", async ({ page, browser }) => {
  const user = { email: "casey@example.test", password: "a long enough password" };
  await page.goto("/users");
  await expect(page.getByRole("heading", { name: "Users" })).toBeVisible();
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Initial password").fill(user.password);
  await page.getByLabel("Role", { exact: true }).selectOption("viewer");
  await page.getByRole("button", { name: "Add user" }).click();
  await expect(page.getByRole("status")).toHaveText(`Created ${user.email} (viewer): give them their password.`);

  const theirs = await signedOutPage(browser);
  await signInAs(theirs, user.email, user.password);
  await expect(theirs.getByRole("link", { name: `${user.email} · viewer` })).toBeVisible();
  await expect(theirs.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Users" })).toHaveCount(0);
  await theirs.goto("/users");
  await expect(theirs.getByText('Managing users needs the "manage_users" permission')).toBeVisible();

  await page.getByLabel(`Role of ${user.email}`).selectOption("admin");
  await expect(page.getByRole("status")).toHaveText(`${user.email} is now admin.`);
  await theirs.reload();
  await expect(theirs.getByRole("link", { name: `${user.email} · admin` })).toBeVisible();
  await expect(theirs.getByLabel(`Role of ${OWNER.email}`)).toBeDisabled();
  await theirs.context().close();
});

test("a user changes their password on Your account; the old one stops working", async ({ request, browser }) => {
  const user = { email: "pat@example.test", password: "pat's first password" };
  const created = await request.post("/api/users", { data: { ...user, role: "builder" } });
  expect(created.status(), await created.text()).toBe(201);

  const page = await signedOutPage(browser);
  await signInAs(page, user.email, user.password);
  await page.getByRole("link", { name: `${user.email} · builder` }).click();
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
  await page.getByLabel("Current password").fill("not my password at all");
  await page.getByLabel("New password", { exact: true }).fill("pat's second password");
  await page.getByLabel("New password again").fill("pat's second password");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Invalid password")).toBeVisible();

  await page.getByLabel("Current password").fill(user.password);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("status")).toHaveText(
    "Password changed; your other sessions were signed out and your API tokens revoked.",
  );

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await signInAs(page, user.email, user.password);
  await expect(page.getByText("Invalid email or password")).toBeVisible();
  await signInAs(page, user.email, "pat's second password");
  await expect(page.getByRole("link", { name: `${user.email} · builder` })).toBeVisible();
  await page.context().close();
});

test("signing in with the organisation's identity provider, as a user who exists here", async ({
  request,
  browser,
}) => {
  const created = await request.post("/api/users", {
    data: { email: "sam@example.test", password: "sam's local password", role: "viewer" },
  });
  expect(created.status(), await created.text()).toBe(201);

  const page = await signedOutPage(browser);
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Sign in with your organisation" }).click();
  // oidc-provider's development login and consent pages
  await page.locator("input[name=login]").fill("sam");
  await page.locator("input[name=password]").fill("any");
  await page.locator("button[type=submit]").click();
  await page.locator("button[type=submit]").click();
  await expect(page.getByRole("link", { name: "sam@example.test · viewer" })).toBeVisible();
  await page.context().close();
});

test("a page whose session ended goes to sign-in on its next change", async ({ browser, baseURL }) => {
  const page = await signedOutPage(browser);
  await signInAs(page, OWNER.email, OWNER.password);
  await expect(page.getByRole("link", { name: `${OWNER.email} · owner` })).toBeVisible();
  await page.goto("/projects");
  await expect(page.getByRole("heading", { level: 1, name: "Projects" })).toBeVisible();
  const signedOut = await page.request.post("/api/auth/sign-out", { headers: { origin: baseURL ?? "" }, data: {} });
  expect(signedOut.ok()).toBe(true);

  await page.getByRole("button", { name: "New project" }).click();
  await page.getByLabel("Project name").fill("Never created");
  await page.getByRole("button", { name: "Create project" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.context().close();
});
