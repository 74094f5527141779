import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "./helpers/test";

// The left project panel in real Chromium: the current project's folders list their flows (nested Test Folder
// included) with ON/OFF switches that persist and stay in step with the Flows tab; names open the editor;
// folders collapse; + New Flow opens the Add event form.

async function createFlow(
  request: APIRequestContext,
  projectId: string,
  flow: { name: string; kind: string; event: string; folder: string },
) {
  const answer = await request.post(`/api/projects/${projectId}/flows`, {
    data: {
      schemaVersion: 1,
      name: flow.name,
      kind: flow.kind,
      folder: flow.folder,
      enabled: false,
      saveAllData: true,
      version: 1,
      event: { type: flow.event, options: [], inputs: [], outputs: [] },
      cards: [],
    },
  });
  expect(answer.ok(), await answer.text()).toBe(true);
  return (await answer.json()).flow.id as string;
}

test("the project panel lists flows by folder with ON/OFF switches and opens the editor", async ({ page, request }) => {
  const created = await request.post("/api/projects", { data: { name: "Panel project" } });
  expect(created.ok()).toBe(true);
  const projectId = (await created.json()).project.id as string;
  const helperId = await createFlow(request, projectId, {
    name: "httpHelper",
    kind: "helper",
    event: "helperFlow",
    folder: "Shared Folder",
  });
  await createFlow(request, projectId, { name: "Get user", kind: "action", event: "action", folder: "Actions" });
  await createFlow(request, projectId, {
    name: "Get user test",
    kind: "test",
    event: "test",
    folder: "Actions/Test Folder",
  });

  await page.goto(`/projects/${projectId}/flows`);
  const panel = page.getByRole("navigation", { name: "Projects" });
  const shared = panel.getByRole("list", { name: "Flows in Shared Folder" });
  await expect(shared.getByRole("link", { name: "httpHelper" })).toBeVisible();
  await expect(shared.getByTestId("panel-flow-httpHelper").getByText("helper", { exact: true })).toBeVisible();
  await expect(
    panel
      .getByRole("list", { name: "Flows in Actions", exact: true })
      .getByRole("link", { name: "Get user", exact: true }),
  ).toBeVisible();
  await expect(
    panel.getByRole("list", { name: "Flows in Actions/Test Folder" }).getByRole("link", { name: "Get user test" }),
  ).toBeVisible();

  // Switch ON in the panel: the Flows tab follows, and the state is stored.
  const toggle = shared.getByRole("switch", { name: "httpHelper ON/OFF" });
  await expect(toggle).toHaveAttribute("aria-checked", "false");
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-checked", "true");
  await expect(toggle).toHaveText("ON");
  await expect(page.getByTestId("flow-row-httpHelper").getByRole("checkbox")).toBeChecked();
  await page.reload();
  await expect(shared.getByRole("switch", { name: "httpHelper ON/OFF" })).toHaveAttribute("aria-checked", "true");
  expect((await (await request.get(`/api/flows/${helperId}`)).json()).flow.enabled).toBe(true);

  // Switch OFF in the Flows tab: the panel follows.
  await page.getByTestId("flow-row-httpHelper").getByRole("checkbox").click();
  await expect(shared.getByRole("switch", { name: "httpHelper ON/OFF" })).toHaveAttribute("aria-checked", "false");

  // Folders collapse.
  await panel.getByText("Actions", { exact: true }).click();
  await expect(panel.getByRole("link", { name: "Get user test" })).toBeHidden();
  await panel.getByText("Actions", { exact: true }).click();
  await expect(panel.getByRole("link", { name: "Get user test" })).toBeVisible();

  // + New Flow opens the Add event form of the Flows tab.
  await page.goto(`/projects/${projectId}`);
  await panel.getByRole("link", { name: "+ New Flow" }).click();
  await expect(page.getByRole("form", { name: "Add event" })).toBeVisible();
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("form", { name: "Add event" })).toHaveCount(0);

  // The name opens the editor.
  await shared.getByRole("link", { name: "httpHelper" }).click();
  await expect(page).toHaveURL(new RegExp(`/projects/${projectId}/flows/${helperId}$`));
  await expect(page.getByTestId("flow-name")).toHaveText("httpHelper");
  await expect(shared.getByRole("link", { name: "httpHelper" })).toHaveAttribute("aria-current", "page");
});
