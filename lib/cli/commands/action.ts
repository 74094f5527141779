// `ib action add|list|new-flow|new-test|test`: a project's actions (New Component > Add Action), their action flows
// made from the contract, and their test flows.
import { addAction, createActionFlow, createTestFlow, listActions } from "../../project-actions/service";
import type { ProjectActionView } from "../../project-actions/model";
import type { TestOutcome } from "../../project-actions/test-case";
import { runActionTests, runTestFlow } from "../../project-actions/test-run";
import { defineCommand, parseInputOption, required } from "../command";
import type { RouteCall } from "../remote";
import { outcomeText } from "../test-outcome";

const actionLine = (action: ProjectActionView) =>
  `${action.contract}  (${action.flows.length} flow(s), ${action.tests.length} test(s))  ${action.folder}`;

export const actionAdd = defineCommand({
  name: "action add",
  usage: "PROJECT --contract NAME",
  options: { contract: { type: "string" } },
  positionals: 1,
  async run({ values, positionals: [projectId] }) {
    const action = await addAction(projectId, required(values.contract, "contract"));
    return { result: { action }, text: `Added ${actionLine(action)}` };
  },
});

export const actionList = defineCommand({
  name: "action list",
  usage: "PROJECT",
  positionals: 1,
  async run({ positionals: [projectId] }) {
    const actions = await listActions(projectId);
    return { result: { actions }, text: actions.map(actionLine).join("\n") || "No actions yet." };
  },
});

export const actionNewFlow = defineCommand({
  name: "action new-flow",
  usage: "PROJECT --contract NAME [--name FLOW_NAME]",
  options: { contract: { type: "string" }, name: { type: "string" } },
  positionals: 1,
  async run({ values, positionals: [projectId] }) {
    const flow = await createActionFlow(projectId, required(values.contract, "contract"), values.name);
    return { result: { flow }, text: `Created ${flow.name} (${flow.id}) in ${flow.folder}, OFF` };
  },
});

export const actionNewTest = defineCommand({
  name: "action new-test",
  usage: "ACTION_FLOW_ID [--input JSON]",
  options: { input: { type: "string" } },
  positionals: 1,
  async run({ values, positionals: [flowId] }) {
    const flow = await createTestFlow(flowId, values.input === undefined ? undefined : parseInputOption(values.input));
    return { result: { flow }, text: `Created ${flow.name} (${flow.id}) in ${flow.folder}` };
  },
});

function testsOutput(results: TestOutcome[]) {
  const passed = results.every((result) => result.passed);
  return { result: { passed, results }, text: results.map(outcomeText).join("\n"), exitCode: passed ? 0 : 1 };
}

export const actionTest = defineCommand({
  name: "action test",
  usage: "(TEST_FLOW_ID | PROJECT --contract NAME) [--connection ID]",
  options: { contract: { type: "string" }, connection: { type: "string" } },
  positionals: 1,
  run: async ({ values, positionals: [id] }) =>
    testsOutput(
      values.contract
        ? await runActionTests(id, values.contract, values.connection)
        : [await runTestFlow(id, values.connection)],
    ),
  route: {
    call: ({ values, positionals: [id] }): RouteCall =>
      values.contract
        ? {
            route: "POST /api/projects/[projectId]/actions/tests",
            params: { projectId: id },
            body: () => ({ contract: values.contract, connectionId: values.connection }),
          }
        : {
            route: "POST /api/flows/[flowId]/test-run",
            params: { flowId: id },
            body: () => ({ connectionId: values.connection }),
          },
    output: (answer, { values }) =>
      testsOutput(values.contract ? (answer.json as { results: TestOutcome[] }).results : [answer.json as TestOutcome]),
  },
});
