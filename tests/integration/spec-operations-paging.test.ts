// Point 8 of issue 13: a big spec's operations are paged. GET spec answers without the operations list (its count
// instead); GET spec/operations and `ib spec operations` give a page (at most 500), searched on the server.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ibWithTempData } from "../helpers/ib-cli";
import { useTempDatabase } from "../helpers/temp-db";
import { signIn } from "../helpers/signed-in";

useTempDatabase();

const owner = await signIn();
const { createProject } = await import("@/lib/projects/service");
const specRoute = await import("@/app/api/projects/[projectId]/spec/route");
const operationsRoute = await import("@/app/api/projects/[projectId]/spec/operations/route");

const OPERATIONS = 3_000;

/** A valid spec with OPERATIONS GET operations, /items/0 … /items/2999 (operationId getItem<n>). */
function bigSpec(): string {
  const paths: Record<string, unknown> = {};
  for (let n = 0; n < OPERATIONS; n++)
    paths[`/items/${n}`] = { get: { operationId: `getItem${n}`, responses: { "200": { description: "ok" } } } };
  return JSON.stringify({ openapi: "3.0.3", info: { title: "Big", version: "1" }, paths });
}

describe("operations paging", () => {
  it("answers GET spec without the list, and pages and searches it through the route", async () => {
    const projectId = (await createProject({ name: "Big spec" })).id;
    const params = { params: Promise.resolve({ projectId }) };
    const upload = await specRoute.POST(
      owner.request(`http://127.0.0.1:3000/api/projects/${projectId}/spec`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ fileName: "big.json", text: bigSpec() }),
      }),
      params,
    );
    expect(upload.status).toBe(200);
    expect((await upload.json()).spec.index.operations).toBeUndefined();

    const spec = await (
      await specRoute.GET(owner.request(`http://127.0.0.1:3000/api/projects/${projectId}/spec`), params)
    ).json();
    expect(spec.spec.operationCount).toBe(OPERATIONS);
    expect(spec.spec.index.operations).toBeUndefined();

    const page = async (query: string) =>
      operationsRoute.GET(
        owner.request(`http://127.0.0.1:3000/api/projects/${projectId}/spec/operations?${query}`),
        params,
      );
    const second = await (await page("offset=100&limit=50")).json();
    expect(second).toMatchObject({ offset: 100, limit: 50, total: OPERATIONS, matched: OPERATIONS });
    expect(second.operations.map((operation: { operationId: string }) => operation.operationId)).toEqual(
      Array.from({ length: 50 }, (_, index) => `getItem${100 + index}`),
    );
    const searched = await (await page("search=getItem2999")).json();
    expect(searched).toMatchObject({ matched: 1, operations: [{ path: "/items/2999" }] });

    const tooMany = await page("limit=501");
    expect(tooMany.status).toBe(400);
    expect((await tooMany.json()).errors[0]).toEqual({
      message: 'limit must be an integer from 1 to 500, got "501"',
      location: { field: "limit" },
    });
  }, 60_000);

  it("pages `ib spec operations` with --offset and --limit", async () => {
    const { dir, ib } = ibWithTempData();
    const file = join(dir, "big.json");
    writeFileSync(file, bigSpec());
    const project = await ib("project", "create", "--name", "Big", "--json");
    const projectId = project.json.project.id;
    expect((await ib("spec", "upload", projectId, file, "--json")).json.spec.operationCount).toBe(OPERATIONS);
    const listed = await ib("spec", "operations", projectId, "--offset", "2990", "--limit", "20", "--json");
    expect(listed.json).toMatchObject({ offset: 2990, limit: 20, matched: OPERATIONS });
    expect(listed.json.operations).toHaveLength(10);
    const text = await ib("spec", "operations", projectId, "--limit", "2");
    expect(text.stdout).toContain("1–2 of 3000");
  }, 120_000);
});
