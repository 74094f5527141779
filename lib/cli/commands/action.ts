// `ib action add PROJECT --contract NAME` and `ib action list PROJECT`: a project's actions (New Component > Add Action).
import { addAction, listActions, type ProjectActionView } from "../../project-actions/service";
import { defineCommand, required } from "../command";

const actionLine = (action: ProjectActionView) =>
  `${action.contract}  (${action.flows.length} flow(s), ${action.tests.length} test(s))  ${action.folder}`;

export const actionAdd = defineCommand({
  name: "action add",
  summary: "Add an action (a contract) to a project, if its OIN app's capabilities allow it",
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
  summary: "List a project's actions with their flows and test flows",
  usage: "PROJECT",
  positionals: 1,
  async run({ positionals: [projectId] }) {
    const actions = await listActions(projectId);
    return { result: { actions }, text: actions.map(actionLine).join("\n") || "No actions yet." };
  },
});
