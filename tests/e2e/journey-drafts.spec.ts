// Issue 22, defect 3: after the owner made an edit and undid it, every later visitor saw "Unsaved edits … Restore
// draft". Drafts are now each user's own, and one that equals the saved version (an edit undone) is dropped.
import type { Browser, Page } from "@playwright/test";
import { createFlow, createProject, helperFlow, insertFromPalette, openEditor } from "./helpers/editor";
import { expect, test } from "./helpers/test";

const VIEWER = { email: "dora-drafts@example.test", password: "dora's draft-free password" };

async function signedInAs(browser: Browser, user: { email: string; password: string }): Promise<Page> {
  const page = await (await browser.newContext({ storageState: { cookies: [], origins: [] } })).newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("link", { name: `${user.email} · viewer` })).toBeVisible();
  return page;
}

test("a draft is its author's alone, and an undone edit leaves none", async ({ page, browser, request }) => {
  const created = await request.post("/api/users", { data: { ...VIEWER, role: "viewer" } });
  expect([201, 409]).toContain(created.status());
  const projectId = await createProject(request, "Drafts per user");
  const flowId = await createFlow(request, projectId, helperFlow("Drafted once"));
  const draftSaved = () =>
    page.waitForResponse(
      (response) => response.url().endsWith(`/api/flows/${flowId}/draft`) && response.request().method() === "PUT",
    );

  await openEditor(page, projectId, flowId);
  let drafted = draftSaved();
  await insertFromPalette(page, "Compose");
  await expect(page.getByTestId("card-compose1")).toBeVisible();
  expect(await (await drafted).json()).toMatchObject({ draft: { baseVersion: 1 } });

  // Someone else opening the flow meanwhile is offered nothing: the draft is the owner's.
  const viewer = await signedInAs(browser, VIEWER);
  await openEditor(viewer, projectId, flowId);
  await expect(viewer.getByTestId("card-compose1")).toHaveCount(0);
  await expect(viewer.getByTestId("draft-banner")).toHaveCount(0);
  await viewer.context().close();

  // Undoing the edit sends the saved document back: the server drops the draft.
  drafted = draftSaved();
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByTestId("card-compose1")).toHaveCount(0);
  expect(await (await drafted).json()).toEqual({ draft: null });
  await openEditor(page, projectId, flowId);
  await expect(page.getByTestId("draft-banner")).toHaveCount(0);
});
