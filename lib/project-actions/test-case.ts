// What a test flow runs and how its result is judged: its Call Flow card names the action flow and gives literal
// inputs; the action's outputs must conform to the contract's output schema (each violation at its JSON pointer).
import { randomUUID } from "node:crypto";
import { flowContract } from "../cards/contract-event";
import type { Contract } from "../contracts/catalog";
import type { RunResult } from "../engine/types";
import { invalid, type ProblemDetail } from "../errors";
import type { Flow } from "../flow/model";
import { validatorFor } from "../validation/ajv";
import { ajvProblems } from "../validation/problems";

export interface TestCase {
  contract: Contract;
  actionFlow: string;
  inputs: Record<string, unknown>;
}

/** The action flow a test flow calls and the values it calls it with; a test flow that says neither is refused. */
export function testCaseOf(flow: Flow): TestCase {
  const contract = flowContract(flow);
  if (flow.kind !== "test" || !contract)
    throw invalid(`Flow "${flow.name}" is not a test flow of a known contract`, { pointer: "/event/contract" });
  const index = flow.cards.findIndex((card) => card.type === "flow.callFlow" && !card.disabled);
  const call = flow.cards[index];
  if (!call || typeof call.options?.flow !== "string" || !call.options.flow)
    throw invalid(`Test flow "${flow.name}" has no Call Flow card naming the action flow to test`, {
      pointer: "/cards",
    });
  const inputs: Record<string, unknown> = {};
  for (const [key, binding] of Object.entries(call.inputs)) {
    if (binding.kind !== "literal")
      throw invalid(`Test input "${key}" must be a value, not a mapping`, {
        pointer: `/cards/${index}/inputs/${key}`,
      });
    inputs[key] = binding.value;
  }
  return { contract, actionFlow: call.options.flow, inputs };
}

/** Every way the outputs break the contract's output schema, each located by its JSON pointer. */
export function contractViolations(contract: Contract, outputs: Record<string, unknown>): ProblemDetail[] {
  const validate = validatorFor(contract.output);
  return validate(outputs) ? [] : ajvProblems(validate.errors ?? []);
}

export interface TestOutcome {
  passed: boolean;
  testFlow: string;
  actionFlow: string;
  contract: string;
  violations: ProblemDetail[];
  /** The action flow's run. */
  run: RunResult;
  /** The test's own execution record (its id), when kept. */
  executionId: string;
}

/** Judges one run of the action flow; the result is what the test flow's execution keeps. */
export function judge(testFlow: Flow, testCase: TestCase, run: RunResult): { outcome: TestOutcome; record: RunResult } {
  const violations = run.ok ? contractViolations(testCase.contract, run.outputs) : [];
  const passed = run.ok && violations.length === 0;
  const executionId = randomUUID();
  const outcome: TestOutcome = {
    passed,
    testFlow: testFlow.name,
    actionFlow: testCase.actionFlow,
    contract: testCase.contract.name,
    violations,
    run,
    executionId,
  };
  const failure = run.ok
    ? violations.length
      ? {
          message: `The outputs of "${testCase.actionFlow}" break the contract "${testCase.contract.name}": ${violations
            .map((problem) => `${problem.location?.pointer || "/"} ${problem.message}`)
            .join("; ")}`,
          code: "CONTRACT_VIOLATION",
          flow: testFlow.name,
          execution: executionId,
          details: violations,
        }
      : undefined
    : run.error;
  const record: RunResult = {
    ...run,
    executionId,
    ok: passed,
    outputs: { actionOutputs: run.outputs, violations },
    ...(failure ? { error: failure } : {}),
  };
  return { outcome, record };
}
