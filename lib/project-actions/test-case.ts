// What a test flow runs and how its result is judged: its Call Flow card names the action flow and gives literal
// inputs (RUN_SUFFIX in them filled anew for each run, so a Create User test can run again); the action must answer executionStatus SUCCEEDED (a FAILED one fails the test with the API's message) and
// its outputs must conform to the contract's output schema (each violation at its JSON pointer).
import { randomUUID } from "node:crypto";
import { flowContract } from "../cards/contract-event";
import type { FlowError } from "../cards/types";
import type { Contract } from "../contracts/catalog";
import type { RunResult } from "../engine/types";
import { invalid, type ProblemDetail } from "../errors";
import type { Flow } from "../flow/model";
import { forThisRun } from "../samples/realistic";
import { validatorFor } from "../validation/ajv";
import { ajvProblems } from "../validation/problems";

export interface TestCase {
  contract: Contract;
  actionFlow: string;
  inputs: Record<string, unknown>;
}

/**
 * The action flow a test flow calls and the values it calls it with this time (RUN_SUFFIX filled with a new suffix);
 * a test flow that says neither is refused.
 */
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
  return { contract, actionFlow: call.options.flow, inputs: forThisRun(inputs) };
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
  /** Why the test failed: the run's error, the action's FAILED status with the API's message, or the violations. */
  failure?: FlowError;
  /** The action flow's run. */
  run: RunResult;
  /** The test's own execution record (its id), when kept. */
  executionId: string;
}

interface ExecutionError {
  code?: unknown;
  summary?: unknown;
  httpStatusCode?: unknown;
}

/** The errors an action reports when its `executionStatus` says FAILED (it ran, and the API refused), else none. */
function reportedFailure(outputs: Record<string, unknown>): ExecutionError[] | undefined {
  const status = outputs.executionStatus as { status?: unknown; errors?: unknown } | undefined;
  if (status?.status !== "FAILED") return undefined;
  return Array.isArray(status.errors) ? (status.errors as ExecutionError[]) : [];
}

function describeErrors(errors: ExecutionError[]): string {
  if (!errors.length) return "no error was given";
  return errors
    .map((error) =>
      [typeof error.httpStatusCode === "number" && `HTTP ${error.httpStatusCode}`, error.code, error.summary]
        .filter((part) => typeof part === "string" || typeof part === "number")
        .join(" "),
    )
    .join("; ");
}

/** Judges one run of the action flow; the result is what the test flow's execution keeps. */
export function judge(testFlow: Flow, testCase: TestCase, run: RunResult): { outcome: TestOutcome; record: RunResult } {
  const violations = run.ok ? contractViolations(testCase.contract, run.outputs) : [];
  const reported = run.ok ? reportedFailure(run.outputs) : undefined;
  const passed = run.ok && !reported && violations.length === 0;
  const executionId = randomUUID();
  const failure: FlowError | undefined = !run.ok
    ? run.error
    : reported
      ? {
          message: `"${testCase.actionFlow}" answered executionStatus FAILED: ${describeErrors(reported)}`,
          code: "ACTION_FAILED",
          flow: testFlow.name,
          execution: executionId,
          details: reported,
        }
      : violations.length
        ? {
            message: `The outputs of "${testCase.actionFlow}" break the contract "${testCase.contract.name}": ${violations
              .map((problem) => `${problem.location?.pointer || "/"} ${problem.message}`)
              .join("; ")}`,
            code: "CONTRACT_VIOLATION",
            flow: testFlow.name,
            execution: executionId,
            details: violations,
          }
        : undefined;
  const outcome: TestOutcome = {
    passed,
    testFlow: testFlow.name,
    actionFlow: testCase.actionFlow,
    contract: testCase.contract.name,
    violations,
    ...(failure ? { failure } : {}),
    run,
    executionId,
  };
  const record: RunResult = {
    ...run,
    executionId,
    ok: passed,
    outputs: { actionOutputs: run.outputs, violations },
    ...(failure ? { error: failure } : {}),
  };
  return { outcome, record };
}
