// Re-pointing a connection in real Chromium: moving a saved Basic connection to another port with its masked
// password clears the stored password, and the Connections tab says which field and why.
import { expect, test } from "./helpers/test";

const MASK = "••••••••";

test("moving a connection to another server clears its stored password and says so", async ({ page, request }) => {
  const created = await request.post("/api/projects", { data: { name: "Repoint in the browser" } });
  const { project } = (await created.json()) as { project: { id: string } };
  const auth = await request.post(`/api/projects/${project.id}/auth-configs`, {
    data: { name: "Basic", type: "basic", settings: {} },
  });
  expect(auth.ok()).toBe(true);
  const { id: authConfigId } = (await auth.json()) as { id: string };
  const connection = await request.post(`/api/projects/${project.id}/connections`, {
    data: {
      name: "Local basic",
      authConfigId,
      server: { protocol: "http", host: "127.0.0.1", port: 8081 },
      parameters: { username: "ann", password: "e2e-repoint-password" },
    },
  });
  expect(connection.ok()).toBe(true);

  await page.goto(`/projects/${project.id}/connections`);
  await page.getByRole("row", { name: "Local basic" }).getByRole("button", { name: "Edit" }).click();
  const editor = page.getByRole("region", { name: /Edit connection/ });
  await expect(editor.getByLabel("Password", { exact: true })).toHaveValue(MASK);
  await editor.getByLabel("Port").fill("8082");
  await page.getByRole("button", { name: "Save connection" }).click();

  const alert = page.getByRole("alert").filter({ hasText: "Secrets cleared on Local basic: password" });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText(
    "The server changed from http://127.0.0.1:8081 to http://127.0.0.1:8082: stored secrets are never sent to another server, enter them again.",
  );
  await page.getByRole("row", { name: "Local basic" }).getByRole("button", { name: "Edit" }).click();
  await expect(page.getByLabel("Password", { exact: true })).toHaveValue("");
});
