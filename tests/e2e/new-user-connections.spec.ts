// Issue 12 on the Authentication and Connections tabs, against Prism serving the Okta spec: both tabs show a loading
// state with their buttons disabled until ready (no click is lost), the empty-list text leaves while the New
// connection form is open, the list shows the resolved base URL, and the last test result survives a reload.
import { readFileSync } from "node:fs";
import { specPath } from "../helpers/paths";
import { type RunningPrism, startPrism } from "../helpers/servers/prism";
import { createProject, post } from "./helpers/editor";
import { slowDown } from "./helpers/slow-routes";
import { expect, test } from "./helpers/test";

const SPEC = "okta-oauth-minimal.yaml";
let prism: RunningPrism;

test.beforeAll(async () => {
  prism = await startPrism(specPath(SPEC));
});

test.afterAll(async () => {
  await prism?.stop();
});

test("loading states, the New connection form, resolved URL and a test result that survives a reload", async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const projectId = await createProject(request, "New user connections");
  await post(request, `/api/projects/${projectId}/spec`, {
    fileName: SPEC,
    text: readFileSync(specPath(SPEC), "utf8"),
  });
  await post(request, `/api/projects/${projectId}/auth-configs/generate`, { selected: ["apiToken"] });
  await post(request, `/api/projects/${projectId}/core-flows`, {
    flows: ["httpHelper", "authping", "customApiAction"],
  });

  // Authentication: a loading state, and "Add authentication" waits for the list.
  let release = await slowDown(page, /\/api\/projects\/[^/]+\/auth-configs$/);
  await page.goto(`/projects/${projectId}/authentication`);
  await expect(page.getByRole("status").filter({ hasText: "Loading auth configurations" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Add authentication" })).toBeDisabled();
  await release();
  await expect(page.getByRole("listitem", { name: "apiToken" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Add authentication" })).toBeEnabled();

  // Connections: nothing claims "No connections yet" while loading; New connection is disabled until ready.
  release = await slowDown(page, /\/api\/projects\/[^/]+\/connections$/);
  await page.goto(`/projects/${projectId}/connections`);
  await expect(page.getByRole("status").filter({ hasText: "Loading connections" })).toBeVisible();
  await expect(page.getByText("No connections yet")).toHaveCount(0);
  const newConnection = page.getByRole("button", { name: "New connection" });
  await expect(newConnection).toBeDisabled();
  await release();
  await expect(page.getByText("No connections yet")).toBeVisible();
  await newConnection.click();
  const editor = page.getByRole("region", { name: "New connection" });
  await expect(editor).toBeVisible();
  await expect(page.getByText("No connections yet")).toHaveCount(0);

  await editor.getByLabel("Name", { exact: true }).fill("Okta mock");
  await editor.getByLabel("Protocol").selectOption("http");
  await editor.getByLabel("Port", { exact: true }).fill(new URL(prism.baseUrl).port);
  await editor.getByLabel("yourOktaDomain").fill("127.0.0.1");
  await editor.getByLabel("Authorization", { exact: true }).fill("SSWS e2e-api-token");
  await editor.getByRole("button", { name: "Save connection" }).click();

  const row = page.getByRole("row", { name: "Okta mock" });
  await expect(row.getByText(prism.baseUrl, { exact: true })).toBeVisible();
  await expect(row.getByText("{yourOktaDomain}")).toHaveCount(0);
  await row.getByRole("button", { name: "Test connection" }).click();
  await expect(row.getByText(/^Working: Connection is working \(200\)/)).toBeVisible();

  await page.reload();
  const reloaded = page.getByRole("row", { name: "Okta mock" });
  await expect(reloaded.getByText(/^Working: Connection is working \(200\)/)).toBeVisible();
  await expect(reloaded.getByText(/tested .* UTC/)).toBeVisible();
});

test("every page has its favicon", async ({ page, request }) => {
  const icon = await request.get("/favicon.ico");
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toMatch(/image/);
  await page.goto("/projects");
  await expect(page.locator('link[rel="icon"]').first()).toHaveAttribute("href", /icon/);
});
