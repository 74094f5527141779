// The canvas running a generated flow against a real mock API, version history, and editing a helper flow's
// interface: real Chromium, the app's JSON routes for setup, Prism serving the petstore spec.
import { readFileSync } from "node:fs";
import { expect, test } from "./helpers/test";
import { specPath } from "../helpers/paths";
import { startPrism, type RunningPrism } from "../helpers/servers/prism";
import {
  EDITOR_VIEWPORT,
  createFlow,
  createProject,
  flowIdByName,
  helperFlow,
  insertFromPalette,
  post,
  save,
} from "./helpers/editor";

test.use({ viewport: EDITOR_VIEWPORT });

const SPEC = "oai-v3.0-petstore.yaml";
let prism: RunningPrism;

test.beforeAll(async () => {
  prism = await startPrism(specPath(SPEC));
});

test.afterAll(async () => {
  await prism?.stop();
});

test("runs the generated _authping against Prism through a connection and shows each card's run on the canvas", async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const projectId = await createProject(request, "Canvas run");
  await post(request, `/api/projects/${projectId}/spec`, {
    fileName: SPEC,
    text: readFileSync(specPath(SPEC), "utf8"),
  });
  await post(request, `/api/projects/${projectId}/core-flows`, { flows: ["httpHelper"] });
  await post(request, `/api/projects/${projectId}/core-flows`, { flows: ["authping"] });
  const { port } = new URL(prism.baseUrl);
  await post(request, `/api/projects/${projectId}/connections`, {
    name: "Prism",
    server: { protocol: "http", host: "127.0.0.1", port: Number(port), basePath: "" },
  });
  const flowId = await flowIdByName(request, projectId, "_authping");

  await page.goto(`/projects/${projectId}/flows/${flowId}`);
  await expect(page.getByTestId("canvas")).toHaveAttribute("data-ready", "true");
  await page.getByTestId("run-open").click();
  const dialog = page.getByTestId("run-dialog");
  await dialog.getByLabel("Connection").selectOption({ label: "Prism" });
  await dialog.getByTestId("run-start").click();
  await expect(dialog.getByTestId("run-result")).toContainText("Succeeded");
  await dialog.getByRole("button", { name: "Close" }).click();

  // Every card that ran carries its status on the canvas; the catch branch didn't run.
  for (const cardId of ["check", "ping", "success", "working"])
    await expect(page.getByTestId(`run-${cardId}`)).toContainText("succeeded");
  await expect(page.getByTestId("run-notWorking")).toHaveCount(0);
  await page.getByTestId("card-ping").locator(".cv-title").click();
  const run = page.getByTestId("card-run");
  await expect(run).toContainText("Last run: succeeded");
  await expect(run.getByTestId("run-outputs")).toContainText("200");
});

test("saves twice, shows a version's differences in the history and restores it", async ({ page, request }) => {
  const projectId = await createProject(request, "Canvas history");
  const flowId = await createFlow(request, projectId, helperFlow("History"));
  await page.goto(`/projects/${projectId}/flows/${flowId}`);
  await insertFromPalette(page, "Compose");
  await expect(page.getByTestId("card-compose1")).toBeVisible();
  await save(page, 2);
  await insertFromPalette(page, "Split");
  await expect(page.getByTestId("card-split1")).toBeVisible();
  await save(page, 3);

  await page.getByRole("button", { name: "History" }).click();
  const history = page.getByTestId("history-dialog");
  await history.getByRole("button", { name: "Version 2" }).click();
  await expect(history.getByTestId("version-diff")).toContainText("+ Split");
  await history.getByRole("button", { name: "Restore version 2" }).click();
  await expect(page.getByTestId("card-split1")).toHaveCount(0);
  await expect(page.getByTestId("card-compose1")).toBeVisible();
  await save(page, 4);

  const stored = await (await request.get(`/api/flows/${flowId}`)).json();
  expect(stored.flow.flow.cards.map((card: { id: string }) => card.id)).toEqual(["compose1"]);
});

test("edits a helper flow's interface on the event card and a container's outputs", async ({ page, request }) => {
  const projectId = await createProject(request, "Canvas interface");
  const flowId = await createFlow(request, projectId, helperFlow("Interface"));
  await page.goto(`/projects/${projectId}/flows/${flowId}`);

  // Event inputs: add a List of Number, rename the existing one; outputs: add one; options: add and remove one.
  const inputs = page.getByTestId("event-inputs");
  await inputs.getByLabel("New inputs name").fill("ids");
  await inputs.getByLabel("New inputs type", { exact: true }).selectOption("list");
  await inputs.getByLabel("New inputs list item type").selectOption("number");
  await inputs.getByRole("button", { name: "Add inputs" }).click();
  await expect(page.getByTestId("event-inputs-ids").getByLabel("inputs ids list item type")).toHaveValue("number");
  await page.getByLabel("inputs name name", { exact: true }).fill("fullName");
  await page.getByLabel("inputs name name", { exact: true }).press("Enter");
  await expect(page.getByTestId("event-inputs-fullName")).toBeVisible();
  await inputs.getByLabel("New inputs name").fill("ids");
  await inputs.getByRole("button", { name: "Add inputs" }).click();
  await expect(page.getByTestId("notice")).toContainText('already has input "ids"');

  const outputs = page.getByTestId("event-outputs");
  await outputs.getByLabel("New outputs name").fill("greeting");
  await outputs.getByRole("button", { name: "Add outputs" }).click();
  const options = page.getByTestId("event-options");
  await options.getByLabel("New options name").fill("mode");
  await options.getByRole("button", { name: "Add options" }).click();
  await options.getByRole("button", { name: "Remove options mode" }).click();
  await expect(page.getByTestId("event-options-mode")).toHaveCount(0);

  // A container's declared output, fed by each block's result.
  await insertFromPalette(page, "Compose");
  await expect(page.getByTestId("card-compose1")).toBeVisible();
  await page.getByTestId("map-template").click();
  await page.getByRole("menuitem", { name: /Event › fullName/ }).click();
  await insertFromPalette(page, "If/Else");
  await expect(page.getByTestId("card-ifElse1")).toBeVisible();
  const inspector = page.getByTestId("inspector");
  await inspector.getByLabel("New outputs (from each block's results) name").fill("message");
  await inspector.getByRole("button", { name: "Add outputs (from each block's results)" }).click();
  await page.getByTestId("map-then.results.message").click();
  await page.getByRole("menuitem", { name: /Compose › output/ }).click();
  await expect(page.getByTestId("mapped-then.results.message")).toHaveText("Compose › output");
  await page.getByTestId("results-else").getByLabel("message", { exact: true }).fill("none");
  await page.getByTestId("results-else").getByLabel("message", { exact: true }).press("Enter");
  await save(page, 2);

  const stored = (await (await request.get(`/api/flows/${flowId}`)).json()).flow.flow;
  expect(stored.event.inputs).toEqual([
    { key: "fullName", type: { type: "text" } },
    { key: "ids", type: { type: "list", items: { type: "number" } } },
  ]);
  expect(stored.event.outputs).toEqual([{ key: "greeting", type: { type: "text" } }]);
  expect(stored.event.options).toEqual([]);
  const compose = stored.cards.find((card: { id: string }) => card.id === "compose1");
  expect(compose.inputs.template).toEqual({ kind: "ref", card: "event", path: ["fullName"] });
  const ifElse = stored.cards.find((card: { id: string }) => card.id === "ifElse1");
  expect(ifElse.blocks.map((block: { results?: unknown }) => block.results)).toEqual([
    { message: { kind: "ref", card: "compose1", path: ["output"] } },
    { message: { kind: "literal", value: "none" } },
  ]);
});
