// Uploading a spec by its URL in Chromium: the API Spec tab fetches it (through the address guard on the server) and
// shows its operations; a URL that answers 404 shows why at once, and nothing is stored.
import { readFileSync } from "node:fs";
import { type RunningServer, startServer } from "../helpers/servers/http-server";
import { specPath } from "../helpers/paths";
import { createProject } from "./helpers/editor";
import { expect, test } from "./helpers/test";

let site: RunningServer;
test.beforeAll(async () => {
  const petstore = readFileSync(specPath("oai-v3.0-petstore.yaml"), "utf8");
  site = await startServer((request, response) =>
    request.url === "/openapi.yaml"
      ? void response.writeHead(200, { "content-type": "application/yaml" }).end(petstore)
      : void response.writeHead(404).end(),
  );
});
test.afterAll(async () => {
  await site?.stop();
});

test("a spec is fetched from its URL, and a URL that fails says why", async ({ page, request }) => {
  const projectId = await createProject(request, "Spec from URL");
  await page.goto(`/projects/${projectId}/spec`);
  await page.getByLabel("Or its URL").fill(`${site.baseUrl}/missing.yaml`);
  await page.getByRole("button", { name: "Fetch and process" }).click();
  await expect(page.getByText(/answered HTTP 404/).first()).toBeVisible();

  await page.getByLabel("Or its URL").fill(`${site.baseUrl}/openapi.yaml`);
  await page.getByRole("button", { name: "Fetch and process" }).click();
  await expect(page.getByRole("heading", { name: "Swagger Petstore" })).toBeVisible();
  await expect(page.getByText("3 operations", { exact: true })).toBeVisible();
});
