// Issue 12 on the canvas: Call Flow to httpHelper arrives with the helper's inputs and outputs (palette, / search,
// dropdown re-pick), Return offers the flow's declared outputs, a palette card lands where it is dropped, the flow
// opens at a readable zoom, the sidebar shows whole flow names, and Version history shows it is loading.
import type { Card, Flow } from "../../lib/flow/model";
import {
  createFlow,
  createProject,
  EDITOR_VIEWPORT,
  helperFlow,
  insertFromPalette,
  openEditor,
  save,
  storedFlow,
} from "./helpers/editor";
import { slowDown } from "./helpers/slow-routes";
import { expect, test } from "./helpers/test";
import type { Page } from "@playwright/test";

const TEXT = { type: "text" } as const;
const ANY = { type: "any" } as const;
const compose = (id: string): Card => ({
  id,
  type: "text.compose",
  inputs: { template: { kind: "literal", value: "Hi" } },
});

function httpHelper(): Flow {
  const flow = helperFlow(
    "httpHelper",
    [],
    [
      { key: "relative_url", type: TEXT, required: true },
      { key: "request_method", type: TEXT, required: true },
      { key: "body", type: ANY },
    ],
  );
  flow.event.outputs = [
    { key: "status_code", type: { type: "number" } },
    { key: "body", type: ANY },
  ];
  return flow;
}

async function zoomOf(page: Page): Promise<number> {
  const transform = await page.locator(".react-flow__viewport").evaluate((element) => element.style.transform);
  return Number(/scale\(([\d.]+)\)/.exec(transform)?.[1]);
}

test.use({ viewport: EDITOR_VIEWPORT });

test("Call Flow and Return are filled from the flows they call and return", async ({ page, request }) => {
  const projectId = await createProject(request, "New user canvas");
  await createFlow(request, projectId, httpHelper());
  const other = helperFlow("otherHelper", [], [{ key: "relative_url", type: TEXT }]);
  await createFlow(request, projectId, other);
  const caller = helperFlow("Caller", [], []);
  caller.event.outputs = [{ key: "result", type: ANY }];
  const callerId = await createFlow(request, projectId, caller);
  await openEditor(page, projectId, callerId);

  // `/` search inserts "Call httpHelper" already filled.
  await insertFromPalette(page, "Call httpHelper");
  await expect(page.getByTestId("input-callFlow1-relative_url")).toBeVisible();
  await expect(page.getByTestId("input-callFlow1-request_method")).toBeVisible();
  await expect(page.getByTestId("output-callFlow1-status_code")).toBeVisible();

  // Re-picking in the dropdown takes the other helper's interface, keeping mappings whose names still exist.
  const inspector = page.getByTestId("inspector");
  await inspector.getByLabel("helper flow").selectOption("otherHelper");
  await expect(page.getByTestId("input-callFlow1-request_method")).toHaveCount(0);
  await expect(page.getByTestId("input-callFlow1-relative_url")).toBeVisible();
  await inspector.getByLabel("helper flow").selectOption("httpHelper");

  // Return arrives with the flow's declared output.
  await insertFromPalette(page, "flow.return");
  await expect(page.getByTestId("input-return1-result")).toBeVisible();
  await save(page, 2);
  const saved = await storedFlow(request, callerId);
  const [call, returned] = saved.cards;
  expect(call.options).toEqual({ flow: "httpHelper" });
  expect(call.dynamicInputs?.map((field) => field.key)).toEqual(["relative_url", "request_method", "body"]);
  expect(call.dynamicOutputs?.map((field) => field.key)).toEqual(["status_code", "body"]);
  expect(returned.type).toBe("flow.return");
  expect(returned.dynamicInputs?.map((field) => field.key)).toEqual(["result"]);
});

test("a palette card lands where it is dropped", async ({ page, request }) => {
  const projectId = await createProject(request, "New user drop");
  const flowId = await createFlow(request, projectId, helperFlow("Drop", [compose("compose1"), compose("compose2")]));
  await openEditor(page, projectId, flowId);
  await page.getByTestId("palette-text.uppercase").dragTo(page.getByTestId("insert:root::0"));
  await expect(page.getByTestId("card-uppercase1")).toBeVisible();
  await save(page, 2);
  expect((await storedFlow(request, flowId)).cards.map((card) => card.id)).toEqual([
    "uppercase1",
    "compose1",
    "compose2",
  ]);
});

test("flows open at a readable zoom and the sidebar shows whole names", async ({ page, request }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const projectId = await createProject(request, "New user zoom");
  const small = await createFlow(request, projectId, helperFlow("Custom API Action with a long name", [compose("c1")]));
  const wide: string[] = [];
  for (const length of [3, 6]) {
    const cards = Array.from({ length }, (_, index) => compose(`compose${index + 1}`));
    wide.push(await createFlow(request, projectId, helperFlow(`Wide ${length}`, cards)));
  }

  await openEditor(page, projectId, small);
  expect(await zoomOf(page)).toBe(1);
  const name = page.getByRole("link", { name: "Custom API Action with a long name" });
  await expect(name).toBeVisible();
  expect(await name.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);

  // Larger than the view: fitted if that stays readable, else opened on its start at 100 % (6 cards need < 0.75).
  for (const [index, flowId] of wide.entries()) {
    await openEditor(page, projectId, flowId);
    const zoom = await zoomOf(page);
    if (index === 0) expect(zoom).toBeGreaterThanOrEqual(0.75);
    else expect(zoom).toBe(1);
    await expect(page.getByTestId("input-compose1-template")).toBeVisible();
  }

  // Version history says it is loading rather than opening blank.
  const release = await slowDown(page, /\/versions$/);
  await page.getByRole("button", { name: /History/ }).click();
  const history = page.getByTestId("history-dialog");
  await expect(history.getByRole("status").filter({ hasText: "Loading versions" })).toBeVisible();
  await release();
  await expect(history.getByRole("button", { name: "Version 1" })).toBeVisible();
});
