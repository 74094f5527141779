// Issue 22, defects 6 and 7: with many flows the project panel's tree had no filter, split names mid-word
// ("Provisio ning"), and did not show flows generated on the API Spec tab until a reload; a path's `{user_id}`
// lost its underscore to the line height.
import { type RunningRestDemo, startRestDemo } from "../../demo/rest/server";
import { createFlow, createProject, helperFlow, post } from "./helpers/editor";
import { expect, test } from "./helpers/test";

let demo: RunningRestDemo;

test.beforeAll(async () => {
  demo = await startRestDemo();
});

test.afterAll(async () => {
  await demo?.close();
});

test("the flow tree filters, wraps at word boundaries and shows generated flows at once", async ({ page, request }) => {
  const projectId = await createProject(request, "Flow tree journey");
  await post(request, `/api/projects/${projectId}/spec`, {
    fileName: "demo.json",
    text: JSON.stringify(demo.openapi()),
  });
  await post(request, `/api/projects/${projectId}/auth-configs/generate`, { selected: ["apiToken"] });
  for (const name of ["Provisioning Create Customer Account", "Provisioning Remove Customer Account", "Audit export"])
    await createFlow(request, projectId, helperFlow(name));

  await page.goto(`/projects/${projectId}/spec`);
  const tree = page.getByRole("list", { name: "Folders of Flow tree journey" });
  await expect(tree.getByRole("link", { name: "Audit export" })).toBeVisible();

  // A long name wraps between words, never inside one; the full name is on hover.
  const long = tree.getByRole("link", { name: "Provisioning Create Customer Account" });
  await expect(long).toHaveCSS("overflow-wrap", "break-word");
  await expect(long).toHaveAttribute("title", "Provisioning Create Customer Account");

  const filter = page.getByLabel("Filter the flows of Flow tree journey");
  await filter.fill("customer remove");
  await expect(tree.getByRole("link", { name: "Provisioning Remove Customer Account" })).toBeVisible();
  await expect(tree.getByRole("link", { name: "Provisioning Create Customer Account" })).toHaveCount(0);
  await expect(tree.getByRole("link", { name: "Audit export" })).toHaveCount(0);
  await filter.fill("");

  // Generating on the API Spec tab shows the new flow in the tree without a reload.
  const core = page.getByRole("region", { name: "Core flows" });
  await core.getByRole("button", { name: "Generate flow HTTP Helper" }).click();
  await page.getByRole("dialog", { name: "Generate httpHelper" }).getByRole("button", { name: "Generate" }).click();
  await expect(tree.getByRole("link", { name: "httpHelper", exact: true })).toBeVisible();

  // Paths keep their underscores: the line is tall enough for them, and the whole path is on hover.
  const path = page.locator("code.path").filter({ hasText: "{" }).first();
  await expect(path).toHaveCSS("line-height", /px$/);
  const [lineHeight, fontSize] = await path.evaluate((element) => {
    const style = getComputedStyle(element);
    return [Number.parseFloat(style.lineHeight), Number.parseFloat(style.fontSize)];
  });
  expect(lineHeight).toBeGreaterThanOrEqual(fontSize * 1.5);
  await expect(path).toHaveAttribute("title", /\{\w+\}/);
});

test("the General tab shows the journey with the next step", async ({ page, request }) => {
  const projectId = await createProject(request, "Journey checklist");
  await page.goto(`/projects/${projectId}`);
  const journey = page.getByRole("region", { name: "Your way to the OIN" });
  await expect(journey.getByRole("status")).toContainText("Next: Link an OIN app");
  await expect(journey.getByRole("listitem", { name: "Upload the API spec: To do" })).toBeVisible();
  await expect(journey.getByRole("listitem", { name: "Authentication configuration: Waiting" })).toContainText(
    "Waits for: Upload the API spec.",
  );
  await post(request, `/api/projects/${projectId}/spec`, {
    fileName: "demo.json",
    text: JSON.stringify(demo.openapi()),
  });
  await page.reload();
  await expect(journey.getByRole("listitem", { name: "Upload the API spec: Done" })).toBeVisible();
  await journey.getByRole("link", { name: "Authentication configuration" }).click();
  await expect(page).toHaveURL(new RegExp(`/projects/${projectId}/spec$`));
});

test("testing a connection before the core flows exist says so in its row, not as an error", async ({
  page,
  request,
}) => {
  const projectId = await createProject(request, "Test too early");
  await post(request, `/api/projects/${projectId}/spec`, {
    fileName: "demo.json",
    text: JSON.stringify(demo.openapi()),
  });
  await post(request, `/api/projects/${projectId}/auth-configs/generate`, { selected: ["apiToken"] });
  const { configurations } = await (await request.get(`/api/projects/${projectId}/auth-configs`)).json();
  await post(request, `/api/projects/${projectId}/connections`, {
    name: "Too early",
    authConfigId: configurations[0].id,
    server: { protocol: "http", host: "127.0.0.1", port: Number(new URL(demo.url).port), basePath: "" },
    parameters: { token: demo.settings.apiToken },
  });
  await page.goto(`/projects/${projectId}/connections`);
  const row = page.getByRole("row", { name: "Too early" });
  await row.getByRole("button", { name: "Test connection" }).click();
  await expect(row.getByText(/^Cannot test yet: The project has no _authping flow/)).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: "That did not work" })).toHaveCount(0);
});
