// `ib actions plan (SPEC | --project ID) [--json]`: which operation of a spec implements each contract, with
// confidence, why and the runner-ups; `ib actions generate PROJECT` drafts and stores the chosen contracts' flows.
import { planActionsFromText } from "../../actions/from-text";
import { generateProjectActionFlows, parseActionGenerationRequest } from "../../actions/generate-project";
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

/** `--choose "CONTRACT=METHOD PATH"` -> the contract and its chosen operation. */
function parseChoice(text: string): [string, { method: string; path: string }] {
  const match = /^(.+?)=\s*([A-Za-z]+)\s+(\S+)\s*$/.exec(text);
  if (!match) throw invalid(`--choose "${text}" must read "CONTRACT=METHOD PATH"`, { field: "choose" });
  return [match[1].trim(), { method: match[2], path: match[3] }];
}

export const actionsGenerate = defineCommand({
  name: "actions generate",
  usage: 'PROJECT [--contracts LIST] [--choose "CONTRACT=METHOD PATH"]...',
  options: { contracts: { type: "string" }, choose: { type: "string", multiple: true } },
  positionals: 1,
  async run({ values, positionals: [projectId] }) {
    const contracts =
      typeof values.contracts === "string" ? values.contracts.split(",").map((name) => name.trim()) : undefined;
    const choices = Object.fromEntries(((values.choose as string[] | undefined) ?? []).map(parseChoice));
    const result = await generateProjectActionFlows(
      projectId,
      parseActionGenerationRequest({ ...(contracts ? { contracts } : {}), choices }),
    );
    const lines = [
      ...result.flows.map((flow) => `${flow.action.padEnd(9)} ${flow.name}${flow.reason ? `  (${flow.reason})` : ""}`),
      ...result.notDrafted.map((entry) => `none      ${entry.contract}  (${entry.reason})`),
    ];
    return { result, text: lines.join("\n") || "Nothing to generate." };
  },
});
