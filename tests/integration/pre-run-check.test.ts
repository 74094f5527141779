// Before a stored flow or a bundle's flow runs, the validator's structure and mapping errors stop it: nothing runs,
// nothing is recorded, and the error lists each problem with its code and pointer.
import { describe, expect, it } from "vitest";
import { useTempDatabase } from "../helpers/temp-db";
import { assign, callFlow, flow, lit, ref, T, validBundle } from "../helpers/validator-fixtures";

useTempDatabase();
const { createProject } = await import("@/lib/projects/service");
const { createFlow } = await import("@/lib/flows/store");
const { runStoredFlow } = await import("@/lib/flows/run");
const { listExecutions } = await import("@/lib/engine/executions");
const { runBundleFlow } = await import("@/lib/bundle/run");
const { parseBundle } = await import("@/lib/bundle/schema");
const { AppError } = await import("@/lib/errors");

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (caught) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as InstanceType<typeof AppError>;
}

describe("the pre-run check", () => {
  it("refuses a stored flow with a reference out of scope, records nothing, and says where", async () => {
    const project = await createProject({ name: "Pre-run" });
    const broken = await createFlow(
      project.id,
      flow("Broken", "helper", [
        assign("a", { x: [T.text, ref("later", "x")] }),
        assign("later", { x: [T.text, lit("1")] }),
      ]),
    );
    const error = await refusal(runStoredFlow(broken.id, { inputs: {} }));
    expect(error.code).toBe("invalid_input");
    expect(error.message).toContain('Flow "Broken" cannot run until it is fixed');
    expect(error.problems).toEqual([
      {
        message: expect.stringMatching(/^IB2002 .*runs after this card/),
        location: { pointer: "/cards/0/inputs/x", field: "x" },
      },
    ]);
    expect(await listExecutions(broken.id)).toEqual([]);
  });

  it("follows Call Flow into the flows it calls: a cycle stops the run, a warning does not", async () => {
    const project = await createProject({ name: "Pre-run calls" });
    await createFlow(project.id, flow("Loop B", "helper", [callFlow("back", "Loop A")]));
    const loopA = await createFlow(project.id, flow("Loop A", "helper", [callFlow("call", "Loop B")]));
    const error = await refusal(runStoredFlow(loopA.id, { inputs: {} }));
    expect(error.problems[0].message).toMatch(/^IB2007 Calls go round in a cycle \(Loop A → Loop B → Loop A\)/);

    const typed = flow("Typed", "helper", [assign("a", { x: [T.number, ref("event", "o")] })]);
    typed.event.inputs = [{ key: "o", type: T.object }];
    const warned = await createFlow(project.id, typed);
    const result = await runStoredFlow(warned.id, { inputs: { o: {} } });
    expect(result.ok).toBe(true);
  });

  it("checks a bundle's flow before ib run connects anywhere", async () => {
    const bundle = parseBundle(validBundle([flow("Caller", "helper", [callFlow("call", "Nowhere")])]));
    const error = await refusal(
      runBundleFlow(bundle, "Caller", {}, { kind: "baseUrl", baseUrl: "http://127.0.0.1:9", values: {} }),
    );
    expect(error.problems[0]).toMatchObject({
      message: expect.stringContaining('IB2004 Card "call" calls flow "Nowhere"'),
      location: { pointer: "/cards/0/options/flow", field: "flow" },
    });
  });
});
