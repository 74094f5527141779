// Issue 22, defect 4, as a viewer lives it: every edit, delete, submit, ON/OFF and Save control was enabled, walked
// through its confirmation dialog and then answered 403. Now each is disabled with the route's own reason on hover
// (computed from the same policy the routes ask), and Validate (a read) works for a viewer. No 403 is met.
import type { Browser, Locator, Page } from "@playwright/test";
import { createFlow, helperFlow, post } from "./helpers/editor";
import { expect, test } from "./helpers/test";

const VIEWER = { email: "vic-viewer@example.test", password: "vic's viewing password" };
const REASON = /needs the "build" permission .* is viewer/;

async function signedInAs(browser: Browser, user: { email: string; password: string }): Promise<Page> {
  const page = await (await browser.newContext({ storageState: { cookies: [], origins: [] } })).newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("link", { name: `${user.email} · viewer` })).toBeVisible();
  return page;
}

const refused = async (control: Locator) => {
  await expect(control).toBeDisabled();
  await expect(control).toHaveAttribute("title", REASON);
};

test("a viewer meets no enabled control that answers 403, and can validate", async ({ browser, request }) => {
  test.setTimeout(120_000);
  const created = await request.post("/api/users", { data: { ...VIEWER, role: "viewer" } });
  expect([201, 409]).toContain(created.status());
  const { project, oinApp } = await post<{ project: { id: string }; oinApp: { id: string } }>(
    request,
    "/api/oin-apps/start-building",
    {
      displayName: "Viewer journey",
      description: "What a viewer may do",
      capabilities: ["provisioning"],
      ssoProtocol: null,
      variables: [],
      auth: { mode: "basic" },
    },
  );
  const flowId = await createFlow(request, project.id, { ...helperFlow("Viewed helper"), enabled: true });

  const page = await signedInAs(browser, VIEWER);
  const responses: string[] = [];
  page.on("response", (response) => {
    if (response.status() === 403) responses.push(`${response.request().method()} ${response.url()}`);
  });

  await page.goto(`/projects/${project.id}`);
  await page.locator("#project-name").fill("Renamed by a viewer");
  await refused(page.getByRole("button", { name: "New project" }));
  await refused(page.getByRole("button", { name: "Save", exact: true }));
  await refused(page.getByRole("button", { name: "Unlink app" }));
  await refused(page.getByRole("button", { name: "Delete project" }));

  await page.goto(`/projects/${project.id}/flows`);
  await refused(page.getByRole("button", { name: "+ New Flow" }));
  await refused(page.getByLabel("Viewed helper is ON"));
  await refused(page.getByRole("switch", { name: "Viewed helper ON/OFF" }));

  await page.goto(`/projects/${project.id}/flows/${flowId}`);
  await expect(page.getByTestId("canvas")).toHaveAttribute("data-ready", "true");
  await refused(page.getByTestId("save"));
  await refused(page.getByTestId("flow-enabled"));

  await page.goto(`/projects/${project.id}/authentication`);
  await refused(page.getByRole("button", { name: "Add authentication" }));
  await page.goto(`/projects/${project.id}/connections`);
  await refused(page.getByRole("button", { name: "New connection" }));

  await page.goto(`/projects/${project.id}/validate`);
  await page.getByRole("button", { name: "Validate flows" }).click();
  await expect(page.getByTestId("validation-report")).toBeVisible();

  await page.goto(`/oin-apps/${oinApp.id}`);
  await refused(page.getByRole("button", { name: "Save", exact: true }));
  await refused(page.getByRole("button", { name: "Delete OIN app" }));
  await refused(page.getByRole("button", { name: "Save configuration" }));
  await refused(page.getByRole("button", { name: "Submit integration" }));

  expect(responses, "no request the viewer's page sent was refused").toEqual([]);
  await page.context().close();
});

test("every code links to its explanation, served in the app", async ({ page }) => {
  await page.goto("/validation-rules#IB2001");
  const row = page.locator("tr#IB2001");
  await expect(row).toBeInViewport();
  await expect(row.getByRole("cell").nth(3)).not.toBeEmpty();
  await expect(page.locator("tr#CBDE000004H")).toContainText("CBDE000004H");
  await expect(page.locator("tr#IB5002")).toContainText("Configure your integration");
});
