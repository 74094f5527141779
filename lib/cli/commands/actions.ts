// `ib actions plan SPEC [--json]`: which operation of a spec implements each contract, with confidence and why.
import { planActionsFromText } from "../../actions/from-text";
import type { ActionPlan } from "../../actions/plan";
import { defineCommand } from "../command";
import { readSpecFile } from "../spec-file";

function planText(plan: ActionPlan): string {
  const width = Math.max(...plan.actions.map((action) => action.contract.length));
  const lines = plan.actions.map((action) => {
    const target = action.operation ? `${action.operation.method.toUpperCase()} ${action.operation.path}` : "—";
    const runnerUp =
      action.operation && action.candidates[0]
        ? `  (next: ${action.candidates[0].method.toUpperCase()} ${action.candidates[0].path} ${action.candidates[0].score})`
        : "";
    return `${action.contract.padEnd(width)}  ${target}  ${action.operation ? action.confidence.toFixed(2) : ""}${runnerUp}\n${" ".repeat(width + 2)}${action.why}`;
  });
  return `${lines.join("\n")}\n\n${plan.summary}`;
}

export const actionsPlan = defineCommand({
  name: "actions plan",
  summary: "Plan the API Integration Actions over a spec: the operation for each contract, or none",
  usage: "SPEC",
  positionals: 1,
  async run({ positionals: [file] }) {
    const plan = await planActionsFromText(await readSpecFile(file), file);
    return { result: plan, text: planText(plan) };
  },
});
