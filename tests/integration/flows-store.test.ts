import { beforeAll, describe, expect, it } from "vitest";
import { useTempDatabase } from "../helpers/temp-db";

useTempDatabase();

const { createProject } = await import("@/lib/projects/service");
const store = await import("@/lib/flows/store");
const { httpHelperFlow } = await import("@/lib/generate/http-helper");
const { coreFlowContext } = await import("@/lib/generate/context");
const { AppError } = await import("@/lib/errors");

const context = coreFlowContext({
  oasVersion: "3.0.0",
  title: "T",
  version: "1",
  servers: [],
  securitySchemes: [],
  globalSecurity: [],
  operations: [],
  webhooks: [],
});

let projectId: string;
beforeAll(async () => {
  projectId = (await createProject({ name: "Flows" })).id;
});

describe("flow store", () => {
  it("creates version 1, keeps every saved version and refuses a stale save with the current version", async () => {
    const created = await store.createFlow(projectId, httpHelperFlow(context), { generated: true });
    expect(created.version).toBe(1);
    expect(created.edited).toBe(false);

    const edited = { ...created.flow, description: "mine" };
    const saved = await store.saveFlow(created.id, edited, 1);
    expect(saved.version).toBe(2);
    expect(saved.flow.version).toBe(2);
    expect(saved.edited).toBe(true);

    const stale = await store
      .saveFlow(created.id, { ...created.flow, description: "stale" }, 1)
      .catch((error) => error);
    expect(stale).toBeInstanceOf(AppError);
    expect(stale.code).toBe("conflict");
    expect(stale.toJSON().currentVersion).toBe(2);
    expect((await store.getFlow(created.id)).flow.description).toBe("mine");

    expect((await store.listFlowVersions(created.id)).map((v) => v.version)).toEqual([2, 1]);
    expect((await store.getFlowVersion(created.id, 1)).flow.description).toBe(created.flow.description);
    await expect(store.getFlowVersion(created.id, 9)).rejects.toMatchObject({ code: "not_found" });
  });

  it("keeps each user's draft until that user saves the flow", async () => {
    const created = await store.createFlow(projectId, { ...httpHelperFlow(context), name: "drafted" });
    expect(await store.getDraft(created.id, "ann")).toBeUndefined();
    await store.saveDraft(created.id, "ann", { ...created.flow, description: "typing" }, 1);
    await store.saveDraft(created.id, "bob", { ...created.flow, description: "bob's" }, 1);
    const draft = await store.getDraft(created.id, "ann");
    expect(draft).toMatchObject({ baseVersion: 1, flow: { description: "typing" } });
    expect(await store.getDraft(created.id, "eve")).toBeUndefined();
    await store.saveFlow(created.id, draft!.flow, 1, { draftOf: "ann" });
    expect(await store.getDraft(created.id, "ann")).toBeUndefined();
    expect(await store.getDraft(created.id, "bob")).toMatchObject({ flow: { description: "bob's" } });
  });

  it("drops a draft that equals the saved version (an edit undone)", async () => {
    const created = await store.createFlow(projectId, { ...httpHelperFlow(context), name: "undone" });
    await store.saveDraft(created.id, "ann", { ...created.flow, description: "dragged" }, 1);
    // ON/OFF is not the draft's: an undone edit with the switch flipped since is still no edit.
    await store.setFlowEnabled(created.id, !created.flow.enabled);
    expect(await store.saveDraft(created.id, "ann", created.flow, 1)).toBeUndefined();
    expect(await store.getDraft(created.id, "ann")).toBeUndefined();
  });

  it("lists, finds by name and deletes", async () => {
    const names = (await store.listFlows(projectId)).map((flow) => flow.name);
    expect(names).toEqual(expect.arrayContaining(["httpHelper", "drafted"]));
    const found = await store.getFlowByName(projectId, "drafted");
    expect(found?.name).toBe("drafted");
    await store.deleteFlow(found!.id);
    expect(await store.getFlowByName(projectId, "drafted")).toBeUndefined();
    await expect(store.deleteFlow(found!.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(store.listFlows("nope")).rejects.toMatchObject({ code: "not_found" });
  });

  it("refuses a second flow with a taken name, on create and on rename", async () => {
    const first = await store.createFlow(projectId, { ...httpHelperFlow(context), name: "unique one" });
    await expect(store.createFlow(projectId, { ...httpHelperFlow(context), name: "unique one" })).rejects.toMatchObject(
      {
        code: "conflict",
        problems: [{ location: { pointer: "/name" } }],
      },
    );
    const second = await store.createFlow(projectId, { ...httpHelperFlow(context), name: "unique two" });
    await expect(store.saveFlow(second.id, { ...second.flow, name: "unique one" }, 1)).rejects.toMatchObject({
      code: "conflict",
    });
    expect((await store.getFlow(second.id)).name).toBe("unique two");
    expect((await store.saveFlow(first.id, { ...first.flow, description: "same name" }, 1)).name).toBe("unique one");
  });

  it("lets the database's unique index settle concurrent creates of one name: one flow, one conflict", async () => {
    const results = await Promise.allSettled(
      [1, 2, 3].map(() => store.createFlow(projectId, { ...httpHelperFlow(context), name: "raced" })),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    for (const result of results.filter((entry) => entry.status === "rejected"))
      expect((result as PromiseRejectedResult).reason).toMatchObject({
        code: "conflict",
        problems: [{ location: { pointer: "/name" } }],
      });
  });
});
