// The Logging tab: the level changes from the next run on, the run's lines show after Refresh, and the Advanced
// JSON view sets syslog forwarding, refusing a bad port at its pointer.
import { createFlow, createProject, helperFlow, post } from "./helpers/editor";
import { expect, test } from "./helpers/test";

test("changing the level, seeing a run's lines and setting syslog forwarding on the Logging tab", async ({
  page,
  request,
}) => {
  const projectId = await createProject(request, "Logged project");
  const flowId = await createFlow(request, projectId, helperFlow("Logged flow"));

  await page.goto(`/projects/${projectId}`);
  await page.getByRole("navigation", { name: "Project" }).getByRole("link", { name: "Logging" }).click();
  await expect(page.getByText("No log lines yet")).toBeVisible();
  const level = page.getByLabel("Log level");
  await expect(level).toHaveValue("info");

  await level.selectOption("debug");
  await expect(page.getByRole("status")).toHaveText("Saved: level debug, from the next run on.");
  expect((await (await request.get(`/api/projects/${projectId}/logging`)).json()).logging.level).toBe("debug");

  await post(request, `/api/flows/${flowId}/run`, { inputs: { name: "Ada" } });
  await page.getByRole("button", { name: "Refresh" }).click();
  const lines = page.locator("table.log-lines tbody tr");
  await expect(lines).toHaveCount(2);
  await expect(lines.nth(0)).toContainText("run_finished");
  await expect(lines.nth(1)).toContainText("run_started");
  await expect(lines.nth(1)).toContainText("Logged flow");

  await page.getByRole("button", { name: "Advanced JSON view" }).click();
  const json = page.getByLabel("Logging settings JSON");
  await json.fill(JSON.stringify({ level: "debug", syslog: { host: "127.0.0.1", port: 0 } }));
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.locator(".alert")).toContainText("#/syslog/port");
  await expect(page.locator(".alert")).toContainText("syslog.port must be a port number");
  await json.fill(
    JSON.stringify({ level: "warn", syslog: { host: "127.0.0.1", port: 5514, facility: "local4", level: "warn" } }),
  );
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByLabel("Log level")).toHaveValue("warn");
  await expect(page.getByText("Forwarding to udp://127.0.0.1:5514 (facility local4, level warn).")).toBeVisible();
});
