// `ib test`: runs a bundle's test flows (all, or one by name); each runs its action flow through the connection
// and checks the outputs against the contract.
import { AppError } from "../errors";
import { judge, testCaseOf, type TestOutcome } from "../project-actions/test-case";
import type { ProjectBundle } from "./model";
import { type BundleConnectionSource, runBundleFlow } from "./run";

export async function runBundleTests(
  bundle: ProjectBundle,
  source: BundleConnectionSource,
  flowName?: string,
): Promise<TestOutcome[]> {
  const tests = bundle.flows.filter(
    (flow) => flow.kind === "test" && (flowName === undefined || flow.name === flowName),
  );
  if (!tests.length) {
    const names = bundle.flows.filter((flow) => flow.kind === "test").map((flow) => `"${flow.name}"`);
    throw new AppError(
      "not_found",
      flowName === undefined
        ? "The bundle has no test flows."
        : `The bundle has no test flow named "${flowName}" (its test flows: ${names.join(", ") || "none"}).`,
    );
  }
  const outcomes: TestOutcome[] = [];
  for (const test of tests) {
    const testCase = testCaseOf(test);
    const run = await runBundleFlow(bundle, testCase.actionFlow, testCase.inputs, source);
    outcomes.push(judge(test, testCase, run).outcome);
  }
  return outcomes;
}
