// `ib actions plan (SPEC | --project ID) [--json]`: which operation of a spec implements each contract, with
// confidence, why and the runner-ups.
import { planActionsFromText } from "../../actions/from-text";
import type { ActionPlan } from "../../actions/plan";
import { planProjectActions } from "../../actions/service";
import { invalid } from "../../errors";
import { defineCommand } from "../command";
import { readSpecFile } from "../spec-file";

function planText(plan: ActionPlan): string {
  const width = Math.max(...plan.actions.map((action) => action.contract.length));
  const lines = plan.actions.map((action) => {
    const target = action.operation ? `${action.operation.method.toUpperCase()} ${action.operation.path}` : "—";
    const next = action.operation ? action.candidates[0] : undefined;
    const runnerUp = next ? `  (next: ${next.method.toUpperCase()} ${next.path} ${next.score})` : "";
    const confidence = action.operation ? `  ${action.confidence.toFixed(2)}` : "";
    return `${action.contract.padEnd(width)}  ${target}${confidence}${runnerUp}\n${" ".repeat(width + 2)}${action.why}`;
  });
  return `${lines.join("\n")}\n\n${plan.summary}`;
}

export const actionsPlan = defineCommand({
  name: "actions plan",
  usage: "(SPEC | --project ID)",
  options: { project: { type: "string" } },
  positionals: [0, 1],
  async run({ values, positionals: [file] }) {
    if (!file === !values.project)
      throw invalid("give a spec file or --project ID (one of them)", { field: "project" });
    const plan = file
      ? await planActionsFromText(await readSpecFile(file), file)
      : await planProjectActions(values.project as string);
    return { result: plan, text: planText(plan) };
  },
});
