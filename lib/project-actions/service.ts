// A project's actions: a contract enabled with Add Action (stored as ProjectAction), plus any contract its action
// or test flows already implement (drafted or imported flows). Each has its action flows and its test flows.
import "server-only";
import { db } from "../db/client";
import { CONTRACT_NAMES, type Contract, findContract, isContractName } from "../contracts/catalog";
import { AppError, invalid, notFound } from "../errors";
import { createFlow, getFlow, listFlows, type StoredFlow } from "../flows/store";
import type { FlowSummary } from "../flows/summary";
import { getOinApp } from "../oin/service";
import { getProject } from "../projects/service";
import { validatorFor } from "../validation/ajv";
import { ajvProblems, invalidDocument } from "../validation/problems";
import { type ActionChoice, actionChoices } from "./choices";
import { actionFlowDocument, testFlowDocument } from "./documents";
import { actionFolder, testFolder } from "./folders";
import type { ProjectActionView } from "./model";

/** What the Add Action dialog offers this project, gated by its OIN app's capabilities. */
export async function projectActionChoices(projectId: string): Promise<ActionChoice[]> {
  const project = await getProject(projectId);
  return actionChoices(project.oinApp ? await getOinApp(project.oinApp.id) : null);
}

/**
 * The contracts the project's OIN app may not build, with the reason (Add Action's gate); none while the project is
 * unlinked, since there are no capabilities to go by yet.
 */
export async function contractsRefused(projectId: string): Promise<Map<string, string>> {
  const project = await getProject(projectId);
  if (!project.oinApp) return new Map();
  const choices = actionChoices(await getOinApp(project.oinApp.id));
  return new Map(choices.filter((choice) => !choice.available).map((choice) => [choice.contract, choice.reason!]));
}

function requireContract(name: unknown) {
  if (typeof name !== "string" || !name) throw invalid("Choose a contract", { field: "contract" });
  const contract = findContract(name);
  if (!contract) throw invalid(`"${name}" is not an action contract (see ib contracts)`, { field: "contract" });
  return contract;
}

/** Adds an action (New Component > Add Action); adding one the project has is harmless. */
export async function addAction(projectId: string, contractName: unknown): Promise<ProjectActionView> {
  const contract = requireContract(contractName);
  const choice = (await projectActionChoices(projectId)).find((entry) => entry.contract === contract.name);
  if (!choice?.available)
    throw new AppError("invalid_input", `${contract.name} cannot be added: ${choice?.reason}`, [
      { message: choice?.reason ?? "unavailable", location: { field: "contract" } },
    ]);
  await db().projectAction.upsert({
    where: { projectId_contract: { projectId, contract: contract.name } },
    create: { projectId, contract: contract.name },
    update: {},
  });
  const found = (await listActions(projectId)).find((action) => action.contract === contract.name);
  if (!found) throw notFound(`Action ${contract.name}`);
  return found;
}

/** The project's actions in contract-catalog order, each with its action flows and test flows. */
export async function listActions(projectId: string): Promise<ProjectActionView[]> {
  await getProject(projectId);
  const [rows, flows] = await Promise.all([
    db().projectAction.findMany({ where: { projectId }, select: { contract: true } }),
    listFlows(projectId),
  ]);
  const definitions = await Promise.all(
    flows.filter((flow) => flow.kind === "action" || flow.kind === "test").map((flow) => getFlow(flow.id)),
  );
  const contractOf = new Map(definitions.map((stored) => [stored.id, stored.flow.event.contract]));
  const names = new Set([...rows.map((row) => row.contract), ...contractOf.values()]);
  return [...names]
    .map((name) => (name ? findContract(name) : undefined))
    .filter((contract) => contract !== undefined)
    .map((contract) => ({
      contract: contract.name,
      capability: contract.capability,
      operationGroup: contract.operationGroup,
      folder: actionFolder(contract.name),
      testFolder: testFolder(contract.name),
      flows: flows.filter((flow) => flow.kind === "action" && contractOf.get(flow.id) === contract.name),
      tests: flows.filter((flow) => flow.kind === "test" && contractOf.get(flow.id) === contract.name),
    }))
    .sort((a, b) => order(a.contract) - order(b.contract));
}

const order = (name: string) => (isContractName(name) ? CONTRACT_NAMES.indexOf(name) : -1);

function uniqueName(wanted: string, taken: FlowSummary[]): string {
  const names = new Set(taken.map((flow) => flow.name));
  let name = wanted;
  for (let n = 2; names.has(name); n++) name = `${wanted} ${n}`;
  return name;
}

/** + New Flow > Add event > a contract: an action flow of that contract, named after it unless `name` is given. */
export async function createActionFlow(projectId: string, contractName: unknown, name?: unknown): Promise<StoredFlow> {
  const contract = requireContract(contractName);
  if (name !== undefined && (typeof name !== "string" || !name.trim()))
    throw invalid("The flow name must be text", { field: "name" });
  const flows = await listFlows(projectId);
  const wanted = typeof name === "string" ? name.trim() : uniqueName(contract.name, flows);
  return createFlow(projectId, actionFlowDocument(contract, wanted));
}

/** + New Flow in an action's Test Folder: a test flow calling `actionFlowId` with sample inputs from the contract. */
export async function createTestFlow(actionFlowId: string, inputs?: unknown): Promise<StoredFlow> {
  const action = await getFlow(actionFlowId);
  const contract = action.flow.kind === "action" ? findContract(action.flow.event.contract ?? "") : undefined;
  if (!contract)
    throw invalid(`Flow "${action.name}" is not an action flow of a known contract`, { field: "actionFlowId" });
  const checked = inputs === undefined ? undefined : contractInputs(contract, inputs);
  const name = uniqueName(`Test ${action.name}`, await listFlows(action.projectId));
  return createFlow(action.projectId, testFlowDocument(action.flow, contract, name, checked));
}

/** Test inputs as the contract's input schema takes them; every way they break it at its JSON pointer. */
function contractInputs(contract: Contract, inputs: unknown): Record<string, unknown> {
  if (!inputs || typeof inputs !== "object" || Array.isArray(inputs))
    throw invalid("inputs must be a JSON object", { field: "inputs" });
  const validate = validatorFor(contract.input);
  if (!validate(inputs)) throw invalidDocument("The test input", ajvProblems(validate.errors ?? []));
  return inputs as Record<string, unknown>;
}
