// A drafted List Users flow on the canvas in Chromium: its paging is two cards a person can read and change,
// Page Query before the request and Next Page after it, with the API's paging description as their input.
import { type RunningRestDemo, startRestDemo } from "../../demo/rest/server";
import { createProject, EDITOR_VIEWPORT, flowIdByName, openEditor, post } from "./helpers/editor";
import { expect, test } from "./helpers/test";

let demo: RunningRestDemo;

test.beforeAll(async () => {
  demo = await startRestDemo();
});

test.afterAll(async () => {
  await demo?.close();
});

test("the List Users draft shows its Page Query and Next Page cards", async ({ page, request }) => {
  test.setTimeout(120_000);
  await page.setViewportSize(EDITOR_VIEWPORT);
  const projectId = await createProject(request, "List paging");
  await post(request, `/api/projects/${projectId}/spec`, {
    fileName: "rest-demo.json",
    text: JSON.stringify(demo.openapi()),
  });
  await post(request, `/api/projects/${projectId}/actions/generate`, { contracts: ["Provisioning List Users"] });

  await openEditor(page, projectId, await flowIdByName(request, projectId, "Provisioning List Users"));
  const pageQuery = page.getByTestId("card-pageQuery");
  await expect(pageQuery).toBeVisible();
  await expect(pageQuery).toContainText("This page's query");
  await expect(page.getByTestId("card-page")).toContainText("The items and the next cursor");
  await pageQuery.click();
  await expect(page.getByTestId("inspector")).toContainText("Page Query");
});
