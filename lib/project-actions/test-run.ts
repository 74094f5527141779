// Running a project's test flows: each runs its action flow with its inputs through a connection of the project
// and checks the outputs against the contract; both runs are kept as executions (the action's and the test's).
import { recordExecution } from "../engine/executions";
import { invalid } from "../errors";
import { type RunAs, runStoredFlow } from "../flows/run";
import { getFlow, getFlowByName } from "../flows/store";
import { listActions } from "./service";
import { judge, testCaseOf, type TestOutcome } from "./test-case";

/** Runs a test flow as the actor (the action's requests need their verbs' roles, lib/access). */
export async function runTestFlow(
  testFlowId: string,
  connectionId?: string,
  options: RunAs = {},
): Promise<TestOutcome> {
  const test = await getFlow(testFlowId);
  const testCase = testCaseOf(test.flow);
  const action = await getFlowByName(test.projectId, testCase.actionFlow);
  if (!action)
    throw invalid(`Test flow "${test.name}" calls "${testCase.actionFlow}", which the project does not have`, {
      pointer: "/cards",
    });
  const run = await runStoredFlow(
    action.id,
    { inputs: testCase.inputs, ...(connectionId ? { connectionId } : {}) },
    options,
  );
  const { outcome, record } = judge(test.flow, testCase, run);
  await recordExecution(test.id, record, { saveAllData: test.flow.saveAllData });
  return outcome;
}

/** Runs every test flow of one action (Run all), in name order. */
export async function runActionTests(
  projectId: string,
  contract: string,
  connectionId?: string,
  options: RunAs = {},
): Promise<TestOutcome[]> {
  const action = (await listActions(projectId)).find((entry) => entry.contract === contract);
  if (!action) throw invalid(`The project has no action "${contract}"`, { field: "contract" });
  const outcomes: TestOutcome[] = [];
  for (const test of [...action.tests].sort((a, b) => a.name.localeCompare(b.name)))
    outcomes.push(await runTestFlow(test.id, connectionId, options));
  return outcomes;
}
