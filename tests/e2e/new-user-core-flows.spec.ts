// Issue 12 on the API Spec page, as a new user meets it: a refused first upload says there is no spec yet; sections
// show a loading state instead of rendering empty; core-flow dialogs preselect the auth configuration httpHelper was
// generated for (and say so); Authping offers the ranked GET operations whatever the configuration's scheme.
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { specPath } from "../helpers/paths";
import { createProject } from "./helpers/editor";
import { slowDown } from "./helpers/slow-routes";
import { expect, test } from "./helpers/test";

const selectedOption = (page: Page) =>
  page.getByRole("dialog").getByLabel("Auth configuration").locator("option:checked");

test("spec upload, loading states and core-flow dialogs that follow httpHelper's auth configuration", async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const projectId = await createProject(request, "New user core flows");
  await page.goto(`/projects/${projectId}/spec`);

  // A refused first upload does not speak of a previous spec.
  await page.getByLabel("Spec file").setInputFiles({
    name: "broken.yaml",
    mimeType: "application/yaml",
    buffer: Buffer.from("openapi: 3.0.0\ninfo: [oops\n"),
  });
  await page.getByRole("button", { name: "Process file" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "broken.yaml was not accepted; the project still has no spec." }),
  ).toBeVisible();
  await expect(page.getByText("the previous spec is unchanged")).toHaveCount(0);

  // After the first Process file the new sections say they are loading, then fill in.
  const release = await slowDown(page, /\/api\/projects\/[^/]+\/(core-flows|auth-configs\/generate)$/);
  await page.getByLabel("Spec file").setInputFiles({
    name: "readme-3.0-security.json",
    mimeType: "application/json",
    buffer: readFileSync(specPath("readme-3.0-security.json")),
  });
  await page.getByRole("button", { name: "Process file" }).click();
  const auth = page.getByRole("region", { name: "Authentication configuration" });
  const core = page.getByRole("region", { name: "Core flows" });
  await expect(auth.getByRole("status").filter({ hasText: "Loading security schemes" })).toBeVisible();
  await expect(auth.getByRole("button", { name: "Generate" })).toBeDisabled();
  await expect(core.getByRole("status").filter({ hasText: "Loading core flows" })).toBeVisible();
  const tryIt = page.getByRole("region", { name: "Try an operation" });
  await tryIt.getByRole("button", { name: "Open Try an operation" }).click();
  await expect(tryIt.getByRole("status").filter({ hasText: "Loading connections and httpHelper" })).toBeVisible();
  await expect(tryIt.getByText("Generate the HTTP Helper flow first")).toHaveCount(0);
  await release();
  await expect(tryIt.getByText("Generate the HTTP Helper flow first")).toBeVisible();
  await expect(auth.getByRole("button", { name: "Generate" })).toBeEnabled();
  await expect(core.getByRole("button", { name: "Generate flow HTTP Helper" })).toBeEnabled();

  await auth.getByRole("button", { name: "Generate" }).click();
  await page
    .getByRole("dialog", { name: "Generate authentication configurations" })
    .getByRole("button", { name: "Generate" })
    .click();
  await expect(auth.getByText(/Generated: \d+ created/)).toBeVisible();

  // httpHelper generated for Basic (not the first configuration).
  await core.getByRole("button", { name: "Generate flow HTTP Helper" }).click();
  let dialog = page.getByRole("dialog", { name: "Generate httpHelper" });
  await dialog.getByLabel("Auth configuration").selectOption({ label: "basic (basic)" });
  await dialog.getByRole("button", { name: "Generate" }).click();
  await expect(core.getByTestId("core-flow-httpHelper").getByText("Generated")).toBeVisible();

  // Regenerate (so named) preselects Basic and says httpHelper was generated for it.
  await core.getByRole("button", { name: "Regenerate HTTP Helper" }).click();
  dialog = page.getByRole("dialog", { name: "Generate httpHelper" });
  await expect(selectedOption(page)).toHaveText("basic (basic)");
  await expect(dialog.getByTestId("helper-auth")).toHaveText("httpHelper was generated for basic (basic).");
  await dialog.getByRole("button", { name: "Cancel" }).click();

  // Authping: same preselection; no GET is protected by "basic", yet the ranked GETs are offered with the reason.
  await core.getByRole("button", { name: "Generate flow Authping" }).click();
  dialog = page.getByRole("dialog", { name: "Generate _authping" });
  await expect(selectedOption(page)).toHaveText("basic (basic)");
  await expect(dialog.getByTestId("ping-choice")).toContainText("pick one of the other GET operations below");
  const option = dialog.getByRole("radio", { name: /GET \/anything\/apiKey/ });
  await expect(option).toBeVisible();
  await expect(dialog.getByText(/protected by "apiKey_query", not by "basic"/).first()).toBeVisible();
  await expect(dialog.getByLabel("Authping path")).toBeVisible();
  await option.check();
  await dialog.getByRole("button", { name: "Generate" }).click();
  await expect(core.getByTestId("core-flow-authping").getByText("Generated")).toBeVisible();
  const { flows } = (await (await request.get(`/api/projects/${projectId}/flows`)).json()) as {
    flows: { id: string; name: string }[];
  };
  const authping = flows.find((flow) => flow.name === "_authping")!;
  const stored = await (await request.get(`/api/flows/${authping.id}`)).json();
  expect(JSON.stringify(stored.flow.flow)).toContain("/anything/apiKey");
});

test("the Generate flow dialog shows a loading state until its plan arrives", async ({ page, request }) => {
  const projectId = await createProject(request, "New user dialog loading");
  const uploaded = await request.post(`/api/projects/${projectId}/spec`, {
    data: { fileName: "petstore.json", text: readFileSync(specPath("readme-3.0-petstore.json"), "utf8") },
  });
  expect(uploaded.ok()).toBe(true);
  await page.goto(`/projects/${projectId}/spec`);
  const release = await slowDown(page, /\/core-flows\/plan$/);
  await page.getByRole("button", { name: "Generate flow HTTP Helper" }).click();
  const dialog = page.getByRole("dialog", { name: "Generate flow" });
  await expect(dialog.getByRole("status").filter({ hasText: "Loading what will be generated" })).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Generate" })).toBeDisabled();
  await release();
  const ready = page.getByRole("dialog", { name: "Generate httpHelper" });
  await expect(ready.getByText("Server", { exact: true })).toBeVisible();
  await expect(ready.getByRole("button", { name: "Generate" })).toBeEnabled();
});
