// Editing on the flow canvas in real Chromium, by mouse and keyboard: moving cards by drag (within a sequence and into
// a branch), multi-select with delete/duplicate/rename/disable and their undo/redo, collapse, zoom and level of detail,
// the shortcut overlay, the unsaved-changes guard and draft recovery, reference diagnostics, test runs with their
// history, and export/import of a flow. Projects and flows are set up through the JSON routes.
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, test } from "./helpers/test";
import type { Binding, Card } from "../../lib/flow/model";
import {
  EDITOR_VIEWPORT,
  createFlow,
  createProject,
  helperFlow,
  insertFromPalette,
  openEditor,
  save,
  storedFlow,
} from "./helpers/editor";

test.use({ viewport: EDITOR_VIEWPORT });

const literal = (value: unknown): Binding => ({ kind: "literal", value });
const ref = (card: string, ...path: string[]): Binding => ({ kind: "ref", card, path });
const TEXT = { type: "text" } as const;

const compose = (id: string, template = "Hi"): Card => ({
  id,
  type: "text.compose",
  inputs: { template: literal(template) },
});
const split = (id: string, text?: Binding): Card => ({ id, type: "text.split", inputs: text ? { text } : {} });
const ifElse = (id: string, then: Card[] = []): Card => ({
  id,
  type: "branch.ifElse",
  inputs: {},
  blocks: [
    { id: "then", cards: then },
    { id: "else", cards: [] },
  ],
});
/** "Hello, <name>" returned as `greeting`: pure cards only. */
const GREETER: Card[] = [
  {
    id: "concatenate1",
    type: "text.concatenate",
    dynamicInputs: [
      { key: "salutation", type: TEXT },
      { key: "who", type: TEXT },
    ],
    inputs: { salutation: literal("Hello, "), who: ref("event", "name") },
  },
  {
    id: "return1",
    type: "flow.return",
    dynamicInputs: [{ key: "greeting", type: TEXT }],
    inputs: { greeting: ref("concatenate1", "output") },
  },
];

const ids = (cards: Card[]) => cards.map((card) => card.id);

/** Drags a card by its title bar so that it lands on the given insert point (the sequence line runs through both). */
async function dragCardTo(page: Page, cardId: string, insertPoint: string) {
  const title = page.getByTestId(`card-${cardId}`).locator(".cv-title");
  const from = (await title.boundingBox())!;
  const target = (await page.getByTestId(insertPoint).boundingBox())!;
  const grab = { x: from.x + 8, y: from.y + from.height / 2 };
  // The card's top-left goes to the insert point's centre, less half a title bar.
  const drop = { x: target.x + target.width / 2 + 8, y: target.y + target.height / 2 };
  await page.mouse.move(grab.x, grab.y);
  await page.mouse.down();
  await page.mouse.move(grab.x + 10, grab.y + 10, { steps: 3 });
  await page.mouse.move(drop.x, drop.y, { steps: 12 });
  await page.mouse.up();
}

const titleOf = (page: Page, cardId: string) => page.getByTestId(`card-${cardId}`).locator(".cv-title-text");

test("drags a card within its sequence and into an If/Else branch; the saved flow follows", async ({
  page,
  request,
}) => {
  const projectId = await createProject(request, "Editing drag");
  const flowId = await createFlow(
    request,
    projectId,
    helperFlow("Drag", [compose("compose1"), split("split1"), ifElse("ifElse1")]),
  );
  await openEditor(page, projectId, flowId);

  await dragCardTo(page, "split1", "insert:root::0");
  await expect(page.getByText("v1 · unsaved changes")).toBeVisible();
  await save(page, 2);
  expect(ids((await storedFlow(request, flowId)).cards)).toEqual(["split1", "compose1", "ifElse1"]);

  await dragCardTo(page, "compose1", "insert:ifElse1:then:0");
  await expect(page.getByText("v2 · unsaved changes")).toBeVisible();
  await save(page, 3);
  const stored = await storedFlow(request, flowId);
  expect(ids(stored.cards)).toEqual(["split1", "ifElse1"]);
  expect(ids(stored.cards[1].blocks![0].cards)).toEqual(["compose1"]);
});

test("multi-selects, deletes, duplicates, renames and disables cards, undoing and redoing each", async ({
  page,
  request,
}) => {
  const projectId = await createProject(request, "Editing selection");
  const flowId = await createFlow(
    request,
    projectId,
    helperFlow("Select", [compose("compose1"), split("split1"), compose("compose2", "Bye")]),
  );
  await openEditor(page, projectId, flowId);
  const undo = () => page.keyboard.press("Control+z");
  const redo = () => page.keyboard.press("Control+Shift+z");

  // Shift-click adds to the selection; Delete removes both.
  await titleOf(page, "compose1").click();
  await titleOf(page, "split1").click({ modifiers: ["Shift"] });
  await expect(page.getByTestId("card-compose1")).toHaveClass(/cv-selected/);
  await expect(page.getByTestId("card-split1")).toHaveClass(/cv-selected/);
  await page.keyboard.press("Delete");
  await expect(page.getByTestId("card-compose1")).toHaveCount(0);
  await expect(page.getByTestId("card-split1")).toHaveCount(0);
  await undo();
  await expect(page.getByTestId("card-compose1")).toBeVisible();
  await expect(page.getByTestId("card-split1")).toBeVisible();
  await redo();
  await expect(page.getByTestId("card-split1")).toHaveCount(0);
  await undo();
  await expect(page.getByTestId("card-split1")).toBeVisible();

  // Duplicate: Ctrl+D copies the selected card next to it under a fresh id.
  await titleOf(page, "compose2").click();
  await page.keyboard.press("Control+d");
  await expect(page.getByTestId("card-compose3")).toBeVisible();
  await undo();
  await expect(page.getByTestId("card-compose3")).toHaveCount(0);
  await redo();
  await expect(page.getByTestId("card-compose3")).toBeVisible();
  await undo();
  await expect(page.getByTestId("card-compose3")).toHaveCount(0);

  // Rename with F2.
  await titleOf(page, "split1").click();
  await page.keyboard.press("F2");
  await expect(page.getByTestId("card-name")).toBeFocused();
  await page.keyboard.type("Cut in words");
  await page.keyboard.press("Enter");
  await expect(titleOf(page, "split1")).toHaveText("Cut in words");
  await undo();
  await expect(titleOf(page, "split1")).toHaveText("Split");
  await redo();
  await expect(titleOf(page, "split1")).toHaveText("Cut in words");

  // Disable with Shift+D: the card is marked.
  await titleOf(page, "compose1").click();
  await page.keyboard.press("Shift+D");
  await expect(page.getByTestId("card-compose1")).toHaveClass(/cv-disabled/);
  await expect(page.getByTestId("card-compose1").getByText("off", { exact: true })).toBeVisible();
  await undo();
  await expect(page.getByTestId("card-compose1")).not.toHaveClass(/cv-disabled/);
  await redo();
  await expect(page.getByTestId("card-compose1")).toHaveClass(/cv-disabled/);

  await save(page, 2);
  const stored = await storedFlow(request, flowId);
  expect(stored.cards.map((card) => [card.id, card.title, card.disabled])).toEqual([
    ["compose1", undefined, true],
    ["split1", "Cut in words", undefined],
    ["compose2", undefined, undefined],
  ]);
});

test("collapses and expands a container, zooms to fit, and far out draws cards title-only", async ({
  page,
  request,
}) => {
  const projectId = await createProject(request, "Editing view");
  const many = Array.from({ length: 10 }, (_, index) => compose(`compose${index + 2}`));
  const flowId = await createFlow(
    request,
    projectId,
    helperFlow("View", [ifElse("ifElse1", [compose("compose1")]), ...many]),
  );
  await openEditor(page, projectId, flowId);

  await expect(page.locator(".react-flow__minimap")).toBeVisible();
  const controls = page.locator(".react-flow__controls");
  await expect(controls.getByRole("button", { name: "Zoom In" })).toBeVisible();
  await expect(controls.getByRole("button", { name: "Zoom Out" })).toBeVisible();

  await page.getByTestId("collapse-ifElse1").click();
  await expect(page.getByTestId("card-compose1")).toHaveCount(0);
  await expect(page.getByTestId("lane-ifElse1-then")).toHaveCount(0);
  await expect(page.getByTestId("card-ifElse1")).toContainText("1 cards hidden");
  await page.getByTestId("collapse-ifElse1").click();
  await expect(page.getByTestId("card-compose1")).toBeVisible();
  await expect(page.getByTestId("lane-ifElse1-then")).toBeVisible();

  // The flow opens on its start, drawn in detail; zoom to fit brings the whole flow into view, its last card included.
  await expect(page.getByTestId("input-compose2-template")).toBeVisible();
  await expect(page.getByTestId("card-compose11")).not.toBeInViewport();
  await page.getByRole("button", { name: "Zoom to fit" }).click();
  await expect(page.getByTestId("card-compose11")).toBeInViewport();
  await expect(page.getByTestId("card-ifElse1")).toBeInViewport();

  // Far out the cards are title boxes; close in, their fields come back.
  for (let step = 0; step < 6; step += 1) await controls.getByRole("button", { name: "Zoom Out" }).click();
  await expect(page.getByTestId("card-compose2")).toBeVisible();
  await expect(page.locator(".cv-input")).toHaveCount(0);
  await expect(async () => {
    await controls.getByRole("button", { name: "Zoom In" }).click();
    await expect(page.locator(".cv-input").first()).toBeVisible({ timeout: 500 });
  }).toPass();
});

test("? shows the keyboard shortcuts", async ({ page, request }) => {
  const projectId = await createProject(request, "Editing help");
  const flowId = await createFlow(request, projectId, helperFlow("Help"));
  await openEditor(page, projectId, flowId);
  await page.getByTestId("canvas").click({ position: { x: 5, y: 5 } });
  await page.keyboard.press("?");
  const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(help).toBeVisible();
  for (const [keys, action] of [
    ["Ctrl/⌘ + Z", "Undo"],
    ["Ctrl/⌘ + D", "Duplicate selected cards"],
    ["F2", "Rename the selected card"],
    ["Shift + D", "Disable or enable the selected cards"],
    ["/", "Search the card palette"],
  ]) {
    await expect(help.getByRole("row").filter({ hasText: keys }).filter({ hasText: action }).first()).toBeVisible();
  }
  await page.keyboard.press("Escape");
  await expect(help).toHaveCount(0);
});

test("guards unsaved edits on leaving and offers the autosaved draft on return", async ({ page, request }) => {
  const projectId = await createProject(request, "Editing guard");
  const flowId = await createFlow(request, projectId, helperFlow("Guarded"));
  await openEditor(page, projectId, flowId);
  const drafted = page.waitForResponse(
    (response) => response.url().endsWith(`/api/flows/${flowId}/draft`) && response.request().method() === "PUT",
  );
  await insertFromPalette(page, "Compose");
  await expect(page.getByTestId("card-compose1")).toBeVisible();
  expect((await drafted).ok()).toBe(true);

  // Leaving asks first: staying keeps the editor, leaving goes.
  const asked: string[] = [];
  page.once("dialog", (dialog) => {
    asked.push(dialog.type());
    void dialog.dismiss();
  });
  await page.getByRole("link", { name: "← Flows" }).click();
  await expect.poll(() => asked).toEqual(["beforeunload"]);
  await expect(page.getByTestId("card-compose1")).toBeVisible();
  expect(page.url()).toContain(`/flows/${flowId}`);
  page.once("dialog", (dialog) => {
    asked.push(dialog.type());
    void dialog.accept();
  });
  await page.getByRole("link", { name: "← Flows" }).click();
  await expect(page).toHaveURL(new RegExp(`/projects/${projectId}/flows$`));
  expect(asked).toEqual(["beforeunload", "beforeunload"]);

  // Back in the editor the saved flow shows, with the draft offered; restoring brings the edit back.
  await openEditor(page, projectId, flowId);
  await expect(page.getByTestId("draft-banner")).toBeVisible();
  await expect(page.getByTestId("card-compose1")).toHaveCount(0);
  await page.getByRole("button", { name: "Restore draft" }).click();
  await expect(page.getByTestId("draft-banner")).toHaveCount(0);
  await expect(page.getByTestId("card-compose1")).toBeVisible();
  await save(page, 2);
  expect(ids((await storedFlow(request, flowId)).cards)).toEqual(["compose1"]);
});

test("the validator's diagnostics follow edits: a reference moved out of scope gets a badge and a diagnostic that leads to the field", async ({
  page,
  request,
}) => {
  const projectId = await createProject(request, "Editing diagnostics");
  const splitWithDelimiter = { ...split("split1"), inputs: { delimiter: literal(",") } };
  const flowId = await createFlow(request, projectId, helperFlow("Scope", [compose("compose1"), splitWithDelimiter]));
  await openEditor(page, projectId, flowId);
  const diagnostics = page.getByTestId("diagnostics");
  await expect(diagnostics).toContainText('IB2001 Split · text: Input "text" of card "split1" is required');

  await titleOf(page, "split1").click();
  await page.getByTestId("map-text").click();
  await page.getByRole("menuitem", { name: /Compose › output/ }).click();
  await expect(page.getByTestId("input-split1-text")).toContainText("Compose › output");
  await expect(diagnostics).toHaveText("No problems.");

  // Compose moves after Split: Split's text now refers to a card that hasn't run yet.
  await dragCardTo(page, "compose1", "insert:root::2");
  await expect(page.getByTestId("problems-split1")).toBeVisible();
  await expect(diagnostics).toContainText(
    'IB2002 Split · text: Input "text" of card "split1": Card "compose1" runs after',
  );
  const entry = diagnostics.getByRole("button", { name: "Split · text" });
  await expect(entry).toBeVisible();

  await page.getByTestId("canvas").click({ position: { x: 5, y: 5 } });
  await expect(page.getByTestId("inspector")).toHaveCount(0);
  await entry.click();
  await expect(page.getByTestId("card-split1")).toHaveClass(/cv-selected/);
  await expect(page.getByTestId("field-text")).toHaveClass(/focused/);
  await expect(page.getByTestId("map-text")).toBeFocused();

  // A problem of the flow itself (its name) is listed without a card.
  await page.getByTestId("canvas").click({ position: { x: 5, y: 5 } });
  const flowName = page.getByLabel("Flow name");
  await flowName.fill("Scope_2");
  await flowName.blur();
  await expect(diagnostics).toContainText('CBDE000003H Flow · name: Flow name "Scope_2" contains "_"');
});

test("test-runs a helper flow from the Run dialog, shows each card's run and re-runs a past execution's inputs", async ({
  page,
  request,
}) => {
  const projectId = await createProject(request, "Editing run");
  const flowId = await createFlow(request, projectId, helperFlow("Greeter", GREETER));
  await openEditor(page, projectId, flowId);

  await page.getByTestId("run-open").click();
  const dialog = page.getByTestId("run-dialog");
  const name = dialog.getByLabel("name", { exact: true });
  await expect(name).toHaveValue("sample name");
  await name.fill("Ada");
  await dialog.getByTestId("run-start").click();
  await expect(dialog.getByTestId("run-result")).toContainText("Succeeded");
  await expect(dialog.getByTestId("run-result")).toContainText("Hello, Ada");
  await expect(dialog.getByTestId("executions").getByRole("listitem")).toHaveCount(1);
  await dialog.getByRole("button", { name: "Close" }).click();

  for (const cardId of ["concatenate1", "return1"])
    await expect(page.getByTestId(`run-${cardId}`)).toContainText("succeeded");
  await titleOf(page, "concatenate1").click();
  await expect(page.getByTestId("card-run")).toContainText("Last run: succeeded");
  await expect(page.getByTestId("run-outputs")).toContainText("Hello, Ada");

  // A second run with other inputs, then the first one's inputs again.
  await page.getByTestId("run-open").click();
  await name.fill("Bob");
  await dialog.getByTestId("run-start").click();
  await expect(dialog.getByTestId("run-result")).toContainText("Hello, Bob");
  const executions = dialog.getByTestId("executions").getByRole("listitem");
  await expect(executions).toHaveCount(2);
  await executions.last().getByRole("button", { name: "Use inputs" }).click();
  await expect(name).toHaveValue("Ada");
  await dialog.getByTestId("run-start").click();
  await expect(dialog.getByTestId("run-result")).toContainText("Hello, Ada");
  await expect(executions).toHaveCount(3);
});

test("exports a flow and imports it into another project through the Flows tab", async ({ page, request }) => {
  const sourceProject = await createProject(request, "Editing export");
  const flowId = await createFlow(request, sourceProject, helperFlow("Greeter", GREETER));
  await openEditor(page, sourceProject, flowId);
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("Greeter.flows.json");
  const file = await download.path();
  const exported = JSON.parse(readFileSync(file, "utf8"));
  expect(exported["ib/flows"].map((flow: { name: string }) => flow.name)).toEqual(["Greeter"]);

  const targetProject = await createProject(request, "Editing import");
  await page.goto(`/projects/${targetProject}/flows`);
  await page.getByLabel("Import flows").setInputFiles(file);
  await expect(page.getByRole("status")).toHaveText("Imported 1 flow(s)");
  await page.getByTestId("flow-row-Greeter").getByRole("link", { name: "Greeter" }).click();
  await expect(page.getByTestId("flow-name")).toHaveText("Greeter");
  await expect(page.getByTestId("canvas")).toHaveAttribute("data-ready", "true");
  await expect(page.getByTestId("input-concatenate1-who")).toContainText("Event › name");
  await expect(page.getByTestId("input-return1-greeting")).toContainText("Concatenate › output");

  const importedId = page.url().split("/").pop()!;
  const imported = await storedFlow(request, importedId);
  expect(imported.cards).toEqual(GREETER);
  expect(imported.event).toEqual((await storedFlow(request, flowId)).event);

  // A folder's Export in the Flows tab writes the same format; importing it again names the taken flow.
  await page.goto(`/projects/${targetProject}/flows`);
  const folderDownloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export Shared Folder" }).click();
  const folderDownload = await folderDownloading;
  expect(folderDownload.suggestedFilename()).toBe("Shared Folder.flows.json");
  const folderFile = await folderDownload.path();
  const folder = JSON.parse(readFileSync(folderFile, "utf8"));
  expect(folder["ib/format"]).toBe(1);
  expect(folder["ib/flows"].map((flow: { name: string; cards: Card[] }) => [flow.name, flow.cards])).toEqual([
    ["Greeter", GREETER],
  ]);
  await page.getByLabel("Import flows").setInputFiles(folderFile);
  await expect(page.getByRole("status")).toContainText('the project already has a flow named "Greeter"');
});
