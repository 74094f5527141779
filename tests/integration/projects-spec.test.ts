// Spec versions of a project: upload, replace with a diff, and rejected uploads that change nothing.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { useTempDatabase } from "../helpers/temp-db";
import { INVALID_SPECS_DIR, invalidSpecFiles, specPath } from "../helpers/paths";
import { join } from "node:path";

useTempDatabase();

const { db } = await import("@/lib/db/client");
const { AppError } = await import("@/lib/errors");
const { createProject } = await import("@/lib/projects/service");
const store = await import("@/lib/specs-store/store");

const read = (name: string) => readFileSync(specPath(name), "utf8");

describe("spec storage", () => {
  let projectId: string;
  beforeAll(async () => {
    projectId = (await createProject({ name: "Petstore" })).id;
  });

  it("stores the first upload as version 1 with its index and warnings", async () => {
    expect(await store.currentSpec(projectId)).toBeNull();
    const { spec, diff } = await store.uploadSpec(projectId, {
      fileName: "oai-v3.0-petstore.yaml",
      text: read("oai-v3.0-petstore.yaml"),
    });
    expect(diff).toBeNull();
    expect(spec).toMatchObject({ version: 1, format: "yaml", oasVersion: "3.0.0", title: "Swagger Petstore" });
    expect(spec.index.operations).toHaveLength(3);
    const row = await db().spec.findFirstOrThrow({ where: { projectId } });
    expect(row.text).toBe(read("oai-v3.0-petstore.yaml"));
  });

  it("a rejected upload says where the problem is and leaves the current spec in place", async () => {
    for (const [fileName, text] of [
      ["broken.yaml", "openapi: 3.0.0\ninfo: [unclosed\n"],
      ["empty.json", "   "],
      ["swagger2.json", JSON.stringify({ swagger: "2.0", info: { title: "x", version: "1" }, paths: {} })],
    ]) {
      const error = await store.uploadSpec(projectId, { fileName, text }).then(
        () => undefined,
        (caught) => caught,
      );
      expect(error, fileName).toBeInstanceOf(AppError);
      expect((error as InstanceType<typeof AppError>).code).toBe("invalid_input");
      expect((error as InstanceType<typeof AppError>).problems[0].location).toBeTruthy();
    }
    expect((await store.currentSpec(projectId))?.version).toBe(1);
    expect(await db().spec.count({ where: { projectId } })).toBe(1);
  });

  it("never crashes on the shared corpus of invalid documents; a refused one stores nothing", async () => {
    for (const name of invalidSpecFiles()) {
      const before = await db().spec.count({ where: { projectId } });
      const text = readFileSync(join(INVALID_SPECS_DIR, name), "utf8");
      const refused = await store.uploadSpec(projectId, { fileName: name, text }).then(
        () => false,
        (error) => {
          expect(error, name).toBeInstanceOf(AppError);
          return true;
        },
      );
      if (refused) expect(await db().spec.count({ where: { projectId } }), name).toBe(before);
    }
  });

  it("replacing keeps the previous version and reports operations added, removed and changed", async () => {
    const before = await db().spec.count({ where: { projectId } });
    const { spec, diff } = await store.uploadSpec(projectId, {
      fileName: "readme-3.0-petstore.json",
      text: read("readme-3.0-petstore.json"),
    });
    expect(spec.version).toBe(before + 1);
    expect(spec.format).toBe("json");
    expect(diff).not.toBeNull();
    expect(diff!.from).toBe(before);
    expect(diff!.added.length + diff!.removed.length + diff!.changed.length).toBeGreaterThan(0);
    expect(await store.latestSpecDiff(projectId)).toEqual(diff);

    const versions = await store.listSpecVersions(projectId);
    expect(versions[0]).toMatchObject({
      version: spec.version,
      fileName: "readme-3.0-petstore.json",
      operationCount: 20,
    });
    expect((await store.getSpecVersion(projectId, 1)).index.operations).toHaveLength(3);
    expect((await store.specText(projectId, 1)).text).toBe(read("oai-v3.0-petstore.yaml"));
  });

  it("asking for a version or project that does not exist is a not_found, not a crash", async () => {
    const missing = (promise: Promise<unknown>) =>
      promise.then(
        () => "ok",
        (error) => (error as InstanceType<typeof AppError>).code,
      );
    expect(await missing(store.diffSpecVersions(projectId, 1, 99))).toBe("not_found");
    expect(await missing(store.currentSpec("no-such-project"))).toBe("not_found");
    expect(
      await missing(store.uploadSpec("no-such-project", { fileName: "a.yaml", text: read("oai-v3.0-petstore.yaml") })),
    ).toBe("not_found");
  });
});
