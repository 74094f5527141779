// What a project page costs on first load in Chromium, for a project of about 30 flows (the REST demo's core and
// action flows): the requests the browser makes until the page is usable and settled (budget 20), and the time to
// usable, printed as a figure (speed is judged in figures, never by a timed assertion).
import { type RunningRestDemo, startRestDemo } from "../../demo/rest/server";
import { createProject, post } from "./helpers/editor";
import { expect, test } from "./helpers/test";

let demo: RunningRestDemo;
test.beforeAll(async () => {
  demo = await startRestDemo();
});
test.afterAll(async () => {
  await demo?.close();
});

const MAX_FIRST_LOAD_REQUESTS = 20;

test("a project page of about 30 flows loads with at most 20 requests", async ({ page, request }, testInfo) => {
  test.setTimeout(120_000);
  const projectId = await createProject(request, "Page load");
  await post(request, `/api/projects/${projectId}/spec`, {
    fileName: "rest-demo.json",
    text: JSON.stringify(demo.openapi()),
  });
  await post(request, `/api/projects/${projectId}/auth-configs/generate`, { selected: ["apiToken"] });
  await post(request, `/api/projects/${projectId}/core-flows`, {
    flows: ["httpHelper", "authping", "customApiAction"],
  });
  await post(request, `/api/projects/${projectId}/actions/generate`, {});
  const flows = (await (await request.get(`/api/projects/${projectId}/flows`)).json()).flows as unknown[];
  expect(flows.length).toBeGreaterThanOrEqual(25);

  // A server just started pays its warm-up on the first page it renders: that page is not one of those measured.
  await page.goto(`/projects/${projectId}/logging`);
  await page.waitForLoadState("networkidle");
  for (const tab of ["", "/flows", "/spec", "/connections", "/validate"]) {
    const requests: string[] = [];
    page.on("request", (sent) => requests.push(`${sent.method()} ${new URL(sent.url()).pathname}`));
    const started = Date.now();
    await page.goto(`/projects/${projectId}${tab}`);
    await expect(page.getByRole("navigation", { name: "Projects" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
    const usableMs = Date.now() - started;
    await page.waitForLoadState("networkidle");
    page.removeAllListeners("request");
    testInfo.annotations.push({
      type: "figure",
      description: `/projects/:id${tab}: usable in ${usableMs} ms, ${requests.length} requests`,
    });
    console.log(`first load of /projects/:id${tab}: usable in ${usableMs} ms, ${requests.length} requests`);
    expect(requests.length, requests.join("\n")).toBeLessThanOrEqual(MAX_FIRST_LOAD_REQUESTS);
  }
});
