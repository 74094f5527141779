// Stored executions through Prisma/SQLite: what is kept, what never is, and pruning.
import { useTempDatabase } from "../helpers/temp-db";
useTempDatabase();

import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db/client";
import { getExecution, listExecutions, recordExecution } from "../../lib/engine/executions";
import { runFlow } from "../../lib/engine/run";
import type { Flow } from "../../lib/flow/model";
import { anyField, card, flow, library, ref, returnCard, textField } from "../unit/engine/flow-builder";

const SECRET = "tok-9f8e7d6c5b";

async function storeFlow(id: string, document: Flow) {
  await db().flow.create({
    data: {
      id,
      projectId: "p1",
      name: `${document.name} ${id}`,
      kind: document.kind,
      folder: document.folder,
      definition: JSON.stringify(document),
    },
  });
}

const echo = flow(
  "Echo",
  [
    card(
      "auth",
      "object.construct",
      { Authorization: `Bearer ${SECRET}`, user: ref("event", "user") },
      { dynamicInputs: [anyField("Authorization"), anyField("user")] },
    ),
    returnCard("out", { user: ref("event", "user"), token: SECRET }),
  ],
  { inputs: [textField("user"), textField("password")] },
);

const run = (executionId?: string) =>
  runFlow({
    flow: echo,
    inputs: { user: `ann ${SECRET}`, password: "hunter22" },
    loadFlow: library(),
    context: { parameters: {}, tenantVariables: {}, secretValues: [SECRET] },
    executionId,
  });

beforeAll(async () => {
  await db().project.create({ data: { id: "p1", name: "Project" } });
  await storeFlow("f1", echo);
  await storeFlow("f2", echo);
});

describe("executions", () => {
  it("stores inputs, outputs and the trace when the flow saves all data — never a secret", async () => {
    const summary = await recordExecution("f1", await run("e-all"), { saveAllData: true });
    expect(summary).toMatchObject({ id: "e-all", flowId: "f1", status: "succeeded" });
    const stored = await getExecution("e-all");
    expect(stored.inputs).toEqual({ user: "ann [redacted]", password: "[redacted]" });
    expect(stored.outputs).toEqual({ user: "ann [redacted]", token: "[redacted]" });
    expect(stored.trace?.map((entry) => entry.card)).toEqual(["auth", "out"]);
    const rows = await db().execution.findMany();
    expect(JSON.stringify(rows)).not.toContain(SECRET);
    expect(JSON.stringify(rows)).not.toContain("hunter22");
  });

  it("keeps no trace otherwise, and stores failures with their error", async () => {
    await recordExecution("f1", await run("e-lean"), { saveAllData: false });
    expect((await getExecution("e-lean")).trace).toBeUndefined();
    const failed = await runFlow({
      flow: flow("Fails", [card("x", "number.divide", { a: 1, b: 0 })]),
      inputs: {},
      loadFlow: library(),
      executionId: "e-fail",
    });
    await recordExecution("f1", failed, { saveAllData: false });
    expect(await getExecution("e-fail")).toMatchObject({
      status: "failed",
      error: { code: "DIVIDE_BY_ZERO", card: "x", execution: "e-fail" },
    });
    await expect(getExecution("nope")).rejects.toMatchObject({ code: "not_found" });
  });

  it("prunes to the newest N per flow and drops runs older than the age bound", async () => {
    const retention = { maxPerFlow: 3, maxAgeDays: 1 };
    const old = { ...(await run("e-old")), startedAt: new Date(Date.now() - 3 * 86_400_000).toISOString() };
    await recordExecution("f2", old, { saveAllData: false, retention: { maxPerFlow: 100, maxAgeDays: 30 } });
    for (let index = 0; index < 5; index++)
      await recordExecution("f2", await run(`e-${index}`), { saveAllData: false, retention });
    const kept = await listExecutions("f2");
    expect(kept).toHaveLength(3);
    expect(kept.map((execution) => execution.id)).not.toContain("e-old");
    expect((await listExecutions("f1")).length).toBe(3);
  });

  it("reads retention from the environment and refuses nonsense", async () => {
    process.env.IB_EXECUTIONS_MAX_PER_FLOW = "zero";
    await expect(recordExecution("f1", await run(), { saveAllData: false })).rejects.toMatchObject({
      message: 'IB_EXECUTIONS_MAX_PER_FLOW must be a positive integer, got "zero"',
    });
    delete process.env.IB_EXECUTIONS_MAX_PER_FLOW;
  });
});
