// ON/OFF is its own operation: the canvas switch takes effect at once (no Save, no draft, no "Restore draft"), the
// project panel (behind the editor) and the Flows tab follow, no version is made, and the open editor's next save succeeds.
import {
  EDITOR_VIEWPORT,
  createFlow,
  createProject,
  helperFlow,
  insertFromPalette,
  openEditor,
  save,
} from "./helpers/editor";
import { expect, test } from "./helpers/test";

test.use({ viewport: EDITOR_VIEWPORT });

test("switching a flow in its open editor is immediate, makes no version and never blocks the next save", async ({
  page,
  request,
}) => {
  const projectId = await createProject(request, "Switch while editing");
  const flowId = await createFlow(request, projectId, helperFlow("Switched"));
  const versions = async () => (await (await request.get(`/api/flows/${flowId}/versions`)).json()).versions.length;
  const stored = async () => (await (await request.get(`/api/flows/${flowId}`)).json()).flow;

  await openEditor(page, projectId, flowId);
  const canvasSwitch = page.getByTestId("flow-enabled");
  const panelSwitch = page
    .getByRole("navigation", { name: "Projects" })
    .getByRole("switch", { name: "Switched ON/OFF" });
  await expect(canvasSwitch).not.toBeChecked();
  await expect(panelSwitch).toHaveAttribute("aria-checked", "false");

  // ON from the canvas header: stored at once, nothing unsaved, the panel follows.
  await canvasSwitch.check();
  await expect(page.getByText("Flow is ON")).toBeVisible();
  await expect(panelSwitch).toHaveAttribute("aria-checked", "true");
  await expect(page.getByText("v1 · saved")).toBeVisible();
  await expect.poll(async () => (await stored()).enabled).toBe(true);
  expect(await versions()).toBe(1);

  // An edit, OFF while it is unsaved, then Save with the version the editor opened: no conflict, still OFF.
  await insertFromPalette(page, "Compose");
  await expect(page.getByText("v1 · unsaved changes")).toBeVisible();
  await canvasSwitch.uncheck();
  await expect(page.getByText("Flow is OFF")).toBeVisible();
  await expect(panelSwitch).toHaveAttribute("aria-checked", "false");
  await expect.poll(async () => (await stored()).enabled).toBe(false);
  await expect(page.getByText("v1 · unsaved changes")).toBeVisible();
  await save(page, 2);
  expect(await versions()).toBe(2);
  expect(await stored()).toMatchObject({ version: 2, enabled: false });

  // ON again after the save: nothing unsaved, no version.
  await canvasSwitch.check();
  await expect(panelSwitch).toHaveAttribute("aria-checked", "true");
  await expect(page.getByText("v2 · saved")).toBeVisible();
  await expect.poll(async () => (await stored()).enabled).toBe(true);
  expect(await versions()).toBe(2);

  // Leaving and coming back: ON as switched, no draft to restore.
  await openEditor(page, projectId, flowId);
  await expect(canvasSwitch).toBeChecked();
  await expect(page.getByTestId("draft-banner")).toHaveCount(0);

  // The Flows tab shows the state.
  await page.goto(`/projects/${projectId}/flows`);
  await expect(page.getByTestId("flow-row-Switched").getByRole("checkbox")).toBeChecked();
});
