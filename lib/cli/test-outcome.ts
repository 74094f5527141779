// How `ib test` and `ib action test` print a test's verdict: PASS with the timing, or FAIL with its reasons.
import type { TestOutcome } from "../project-actions/test-case";

export function outcomeText(outcome: TestOutcome): string {
  if (outcome.passed) return `PASS  ${outcome.testFlow} (${outcome.actionFlow}, ${outcome.run.durationMs} ms)`;
  const reasons = outcome.violations.length
    ? outcome.violations.map((problem) => `      ${problem.location?.pointer || "/"}: ${problem.message}`)
    : [`      ${outcome.run.ok ? "" : "the run failed: "}${outcome.failure?.message ?? "unknown error"}`];
  return [`FAIL  ${outcome.testFlow} (${outcome.actionFlow})`, ...reasons].join("\n");
}
