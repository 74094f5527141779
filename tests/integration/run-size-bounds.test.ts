// Point 4 of issue 13: values built from shared references (a DAG of objects) are measured without being expanded,
// so a run that doubles its value 31 times stops at the size bound instead of exhausting memory.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runFlow } from "../../lib/engine/run";
import type { Card } from "../../lib/flow/model";
import { ibWithTempData } from "../helpers/ib-cli";
import { anyField, card, flow, library, lit, ref, returnCard } from "../unit/engine/flow-builder";

/** 31 Construct cards, each holding the previous card's output twice: 2^31 leaves once expanded. */
function dagBomb() {
  const cards: Card[] = [];
  for (let index = 0; index < 31; index++) {
    const previous = index === 0 ? lit("x") : ref(`c${index - 1}`, "output");
    cards.push(
      card(
        `c${index}`,
        "object.construct",
        { a: previous, b: previous },
        { dynamicInputs: [anyField("a"), anyField("b")] },
      ),
    );
  }
  cards.push(returnCard("out", { value: ref("c30", "output") }));
  return flow("Bomb", cards);
}

describe("value size bound", () => {
  it("stops `ib flow run` of a 31-card DAG bomb with the size error, and records the execution", async () => {
    const { dir, ib } = ibWithTempData();
    const file = join(dir, "bomb.json");
    writeFileSync(file, JSON.stringify(dagBomb()));
    const project = await ib("project", "create", "--name", "Bomb", "--json");
    const imported = await ib("flow", "import", project.json.project.id, file, "--json");
    const run = await ib("flow", "run", imported.json.flows[0].id, "--json");
    expect(run.code).toBe(1);
    expect(run.json.error).toMatchObject({
      code: "LIMIT_VALUE_SIZE",
      card: "c19",
      message: 'Run stopped: the outputs of card "c19" are larger than 10 MB (limit maxValueBytes)',
    });
    const executions = await ib("flow", "executions", imported.json.flows[0].id, "--json");
    expect(executions.json.executions[0]).toMatchObject({ id: run.json.executionId, status: "failed" });
  }, 60_000);

  it("applies to a flow's Return and keeps the trace within its own bound", async () => {
    const big = "y".repeat(2_000);
    const subject = flow("Wide", [
      card("a", "object.construct", { one: big, two: big }, { dynamicInputs: [anyField("one"), anyField("two")] }),
      card("b", "object.construct", { one: big, two: big }, { dynamicInputs: [anyField("one"), anyField("two")] }),
      returnCard("out", { first: ref("a", "output"), second: ref("b", "output") }),
    ]);
    const returned = await runFlow({
      flow: subject,
      inputs: {},
      loadFlow: library(),
      limits: { maxValueBytes: 6 * 1024 },
    });
    expect(returned.error).toMatchObject({
      code: "LIMIT_VALUE_SIZE",
      card: "out",
      message: 'Run stopped: the outputs of flow "Wide" are larger than 6 KB (limit maxValueBytes)',
    });

    const traced = await runFlow({
      flow: subject,
      inputs: {},
      loadFlow: library(),
      limits: { maxTraceBytes: 14 * 1024 },
    });
    expect(traced.ok).toBe(true);
    expect(traced.trace[0].outputs?.output).toMatchObject({ one: big });
    expect(traced.trace[1].outputs?.output).toMatchObject({
      $truncated: true,
      preview: "(left out: the trace's values are over 14 KB, limit maxTraceBytes)",
    });
  });
});
