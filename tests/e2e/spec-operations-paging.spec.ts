// The API Spec page on a big spec: the page never carries the whole operations list; the browser fetches the pages
// in view as it scrolls and searches on the server (GET …/spec/operations).
import { expect, test } from "./helpers/test";

const OPERATIONS = 1_500;

function bigSpec(): string {
  const paths: Record<string, unknown> = {};
  for (let n = 0; n < OPERATIONS; n++)
    paths[`/items/${n}`] = { get: { operationId: `getItem${n}`, responses: { "200": { description: "ok" } } } };
  return JSON.stringify({ openapi: "3.0.3", info: { title: "Big", version: "1" }, paths });
}

test("a 1,500-operation spec is listed a page at a time and searched on the server", async ({ page, request }) => {
  const created = await request.post("/api/projects", { data: { name: "Big spec" } });
  const projectId = (await created.json()).project.id as string;
  const uploaded = await request.post(`/api/projects/${projectId}/spec`, {
    data: { fileName: "big.json", text: bigSpec() },
  });
  expect(uploaded.ok()).toBe(true);

  const pages: string[] = [];
  page.on("request", (sent) => {
    if (sent.url().includes("/spec/operations?")) pages.push(new URL(sent.url()).searchParams.get("offset") ?? "");
  });
  await page.goto(`/projects/${projectId}/spec`);
  await expect(page.getByText(`${OPERATIONS} operations`, { exact: true })).toBeVisible();
  const operations = page.getByRole("list", { name: "Operations" }).getByRole("listitem");
  await expect(operations.first()).toContainText("/items/0");
  expect(await page.content()).not.toContain("getItem1499");

  await page.locator(".virtual-list").evaluate((list) => {
    list.scrollTop = list.scrollHeight;
  });
  await expect(operations.last()).toContainText("/items/1499");
  expect(pages).toContain("1400");

  await page.getByRole("searchbox", { name: "Search operations" }).fill("getItem1234");
  await expect(page.getByText(`1 of ${OPERATIONS} operations`)).toBeVisible();
  await expect(operations).toHaveCount(1);
  await expect(operations.first()).toContainText("/items/1234");
});
