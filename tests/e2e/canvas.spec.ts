import { expect, test } from "./helpers/test";
import { EDITOR_VIEWPORT, createFlow, createProject, helperFlow, insertFromPalette } from "./helpers/editor";
import { OWNER_STATE } from "./helpers/owner";

// The flow canvas in real Chromium: build a flow with palette, keyboard and mapping; save, reload, undo/redo;
// concurrent saves end in the conflict dialog; cards copy from one flow into another.

const viewport = EDITOR_VIEWPORT;
test.use({ viewport });

test("builds a flow with palette, keyboard and mapping, saves it, reloads it and undoes/redoes", async ({ page }) => {
  const projectId = await createProject(page.request, "Canvas build");
  await page.goto(`/projects/${projectId}/flows`);
  await page.getByRole("button", { name: "+ New Flow" }).click();
  await page.getByRole("radio", { name: "Helper Flow" }).check();
  await page.getByLabel("New flow name").fill("httpHelper");
  await page.getByRole("button", { name: "Create flow" }).click();
  await expect(page.getByTestId("flow-name")).toHaveText("httpHelper");

  await insertFromPalette(page, "Compose");
  await expect(page.getByTestId("card-compose1")).toBeVisible();
  await page.getByTestId("inspector").getByLabel("template", { exact: true }).fill("Hello");
  await page.getByTestId("inspector").getByLabel("template", { exact: true }).press("Enter");
  await expect(page.getByTestId("input-compose1-template")).toContainText("Hello");

  await insertFromPalette(page, "Split");
  await expect(page.getByTestId("card-split1")).toBeVisible();
  // Map by menu: the menu lists what is in scope with its type.
  await page.getByTestId("map-text").click();
  await page.getByRole("menuitem", { name: /Compose › output/ }).click();
  await expect(page.getByTestId("mapped-text")).toHaveText("Compose › output");
  // Map by drag: an output dropped onto an input.
  await page.getByTestId("output-compose1-output").dragTo(page.getByTestId("input-split1-delimiter"));
  await expect(page.getByTestId("input-split1-delimiter")).toContainText("Compose › output");

  await insertFromPalette(page, "If/Else");
  await expect(page.getByTestId("card-ifElse1")).toBeVisible();
  await expect(page.getByTestId("lane-ifElse1-then")).toBeVisible();
  await insertFromPalette(page, "If Error");
  await expect(page.getByTestId("card-ifError1")).toBeVisible();
  await expect(page.getByTestId("lane-ifError1-catch")).toBeVisible();

  await page.getByTestId("save").click();
  await expect(page.getByText("· saved")).toBeVisible();
  await page.reload();
  for (const id of ["compose1", "split1", "ifElse1", "ifError1"])
    await expect(page.getByTestId(`card-${id}`)).toBeVisible();
  await expect(page.getByTestId("input-split1-text")).toContainText("Compose › output");

  // Undo and redo step through the edits, mapping changes included.
  await insertFromPalette(page, "Compose");
  await expect(page.getByTestId("card-compose2")).toBeVisible();
  await page.getByTestId("canvas").click({ position: { x: 5, y: 5 } });
  await page.keyboard.press("Control+z");
  await expect(page.getByTestId("card-compose2")).toHaveCount(0);
  await page.keyboard.press("Control+Shift+z");
  await expect(page.getByTestId("card-compose2")).toBeVisible();
  await page.getByRole("button", { name: "Zoom to fit" }).click();
  await page.getByTestId("input-split1-delimiter").click();
  await page.getByRole("button", { name: "Clear delimiter" }).click();
  await expect(page.getByTestId("input-split1-delimiter")).not.toContainText("Compose");
  await page.getByTestId("canvas").click({ position: { x: 5, y: 5 } });
  await page.keyboard.press("Control+z");
  await expect(page.getByTestId("input-split1-delimiter")).toContainText("Compose › output");
});

test("a second save over a newer version gets the conflict dialog and neither edit is lost", async ({ browser }) => {
  const first = await browser.newContext({ viewport, storageState: OWNER_STATE });
  const second = await browser.newContext({ viewport, storageState: OWNER_STATE });
  const pageA = await first.newPage();
  const pageB = await second.newPage();
  const projectId = await createProject(pageA.request, "Canvas conflict");
  const flowId = await createFlow(pageA.request, projectId, helperFlow("Shared edit"));
  await pageA.goto(`/projects/${projectId}/flows/${flowId}`);
  await pageB.goto(`/projects/${projectId}/flows/${flowId}`);

  await insertFromPalette(pageA, "Compose");
  await pageA.getByTestId("save").click();
  await expect(pageA.getByText("· saved")).toBeVisible();

  await insertFromPalette(pageB, "Split");
  await pageB.getByTestId("save").click();
  await expect(pageB.getByTestId("conflict-dialog")).toBeVisible();
  await pageB.getByRole("button", { name: "Save as copy" }).click();
  await expect(pageB.getByTestId("flow-name")).toContainText("Shared edit (copy");
  await expect(pageB.getByTestId("card-split1")).toBeVisible();

  const stored = await (await pageA.request.get(`/api/flows/${flowId}`)).json();
  expect(stored.flow.flow.cards.map((card: { id: string }) => card.id)).toEqual(["compose1"]);
  await first.close();
  await second.close();
});

test("copies cards from one flow and pastes them into another", async ({ browser }) => {
  const context = await browser.newContext({
    viewport,
    storageState: OWNER_STATE,
    permissions: ["clipboard-read", "clipboard-write"],
  });
  const page = await context.newPage();
  const projectId = await createProject(page.request, "Canvas clipboard");
  const source = await createFlow(page.request, projectId, helperFlow("Source"));
  const target = await createFlow(page.request, projectId, helperFlow("Target"));
  await page.goto(`/projects/${projectId}/flows/${source}`);
  await insertFromPalette(page, "Compose");
  await page.getByTestId("map-template").click();
  await page.getByRole("menuitem", { name: /Event › name/ }).click();
  await page.getByTestId("save").click();
  await expect(page.getByText("· saved")).toBeVisible();
  await page.getByTestId("card-compose1").locator(".cv-title").click();
  await page.getByRole("button", { name: "Copy", exact: true }).click();

  await page.goto(`/projects/${projectId}/flows/${target}`);
  await page.getByRole("button", { name: "Paste", exact: true }).click();
  await expect(page.getByTestId("card-compose1")).toBeVisible();
  // The target's event has an input "name" too, so the mapping stays in scope.
  await expect(page.getByTestId("input-compose1-template")).toContainText("Event › name");
  await context.close();
});
