// `ib flow ...`: a project's flows (lib/flows/store.ts), export and import in the one file format
// (lib/flows/transfer.ts), ON/OFF, running them (lib/flows/run.ts) and their executions.
import { getFlowExecution, listExecutions } from "../../engine/executions";
import { runStoredFlow } from "../../flows/run";
import { parseFlowSave } from "../../flows/requests";
import { generateProjectCoreFlows, parseCoreFlowRequest } from "../../generate/service";
import { getFlow, listFlows, saveFlow, setFlowEnabled, type StoredFlow } from "../../flows/store";
import type { FlowSummary } from "../../flows/summary";
import { FLOW_EXPORT_KEY, singleFlowDocument, type FlowExportFile } from "../../flows/export-format";
import { exportFlow, exportFolder, importFlows } from "../../flows/transfer";
import { defineCommand, listText, parseAssignments, parseInputOption, required } from "../command";
import { fromFile, readJsonFile, writeJsonFile } from "../files";
import type { RouteCall } from "../remote";

const flowLine = (flow: FlowSummary) =>
  `${flow.id}  ${flow.folder}/${flow.name}  [${flow.kind}, v${flow.version}${flow.enabled ? "" : ", disabled"}${flow.edited ? ", edited" : ""}]`;

const flowsOutput = (flows: FlowSummary[]) => ({
  result: { flows },
  text: listText(flows.map(flowLine), "No flows yet."),
});

export const flowList = defineCommand({
  name: "flow list",
  usage: "PROJECT_ID",
  positionals: 1,
  run: async ({ positionals: [projectId] }) => flowsOutput(await listFlows(projectId)),
  route: {
    call: ({ positionals: [projectId] }) => ({
      params: { projectId },
    }),
    output: (answer) => flowsOutput((answer.json as { flows: FlowSummary[] }).flows),
  },
});

const flowOutput = (flow: StoredFlow) => ({
  result: { flow },
  text: `${flowLine(flow)}\n${JSON.stringify(flow.flow, null, 2)}`,
});

export const flowShow = defineCommand({
  name: "flow show",
  usage: "FLOW_ID",
  positionals: 1,
  run: async ({ positionals: [flowId] }) => flowOutput(await getFlow(flowId)),
  route: {
    call: ({ positionals: [flowId] }) => ({ params: { flowId } }),
    output: (answer) => flowOutput((answer.json as { flow: StoredFlow }).flow),
  },
});

/** Writes an export file; says which flows it holds (with their versions when known: the file has none). */
async function exportOutput(out: string, file: unknown, flows: { name: string; version?: number }[]) {
  await writeJsonFile(out, file);
  const names = flows.map((flow) => (flow.version ? `${flow.name} v${flow.version}` : flow.name));
  return {
    result: { ok: true, file: out, flows },
    text: `Wrote ${flows.length} flow(s) to ${out}: ${names.join(", ")}`,
  };
}

export const flowExport = defineCommand({
  name: "flow export",
  usage: "FLOW_ID --out FILE | PROJECT_ID --folder FOLDER --out FILE",
  options: { out: { type: "string" }, folder: { type: "string" } },
  positionals: 1,
  async run({ values, positionals: [id] }) {
    const out = required(values.out, "out");
    const { flows, file } = values.folder === undefined ? await exportFlow(id) : await exportFolder(id, values.folder);
    return exportOutput(out, file, flows);
  },
  route: {
    call({ values, positionals: [id] }): RouteCall {
      required(values.out, "out");
      return values.folder === undefined
        ? { route: "GET /api/flows/[flowId]/export", params: { flowId: id } }
        : {
            route: "GET /api/projects/[projectId]/flows/export",
            params: { projectId: id },
            query: { folder: values.folder },
          };
    },
    output(answer, { values }) {
      const file = answer.json as FlowExportFile;
      return exportOutput(
        values.out as string,
        file,
        file[FLOW_EXPORT_KEY].map((flow) => ({ name: flow.name })),
      );
    },
  },
});

const importedOutput = (flows: StoredFlow[]) => ({
  result: { flows },
  text: flows.map((flow) => `Imported ${flowLine(flow)}`).join("\n"),
});

export const flowImport = defineCommand({
  name: "flow import",
  usage: "PROJECT_ID FILE",
  positionals: 2,
  async run({ positionals: [projectId, file] }) {
    const document = await readJsonFile(file);
    return importedOutput(await fromFile(file, () => importFlows(projectId, document)));
  },
  route: {
    call: ({ positionals: [projectId, file] }) => ({
      params: { projectId },
      body: () => readJsonFile(file),
    }),
    output: (answer) => importedOutput((answer.json as { flows: StoredFlow[] }).flows),
  },
});

const switchedOutput = (flow: FlowSummary, enabled: boolean) => ({
  result: { flow },
  text: `${flow.name} is ${enabled ? "ON" : "OFF"}`,
});

const switchCommand = (enabled: boolean) =>
  defineCommand({
    name: enabled ? "flow enable" : "flow disable",
    usage: "FLOW_ID",
    positionals: 1,
    run: async ({ positionals: [flowId] }) => switchedOutput(await setFlowEnabled(flowId, enabled), enabled),
    route: {
      call: ({ positionals: [flowId] }) => ({
        params: { flowId },
        body: () => ({ enabled }),
      }),
      output: (answer) => switchedOutput((answer.json as { flow: FlowSummary }).flow, enabled),
    },
  });

export const flowEnable = switchCommand(true);
export const flowDisable = switchCommand(false);

/** The `{ flow, expectedVersion }` a save sends, from a file and --expected-version; problems located in the file. */
async function saveRequest(file: string, expectedVersion: string | undefined) {
  const document = await readJsonFile(file);
  return fromFile(file, async () =>
    parseFlowSave({
      flow: singleFlowDocument(document),
      expectedVersion: Number(required(expectedVersion, "expected-version")),
    }),
  );
}

const savedOutput = (saved: FlowSummary) => ({ result: { flow: saved }, text: `Saved ${flowLine(saved)}` });

export const flowSave = defineCommand({
  name: "flow save",
  usage: "FLOW_ID FILE --expected-version N",
  options: { "expected-version": { type: "string" } },
  positionals: 2,
  async run({ values, positionals: [flowId, file] }) {
    const { flow, expectedVersion } = await saveRequest(file, values["expected-version"]);
    return savedOutput(await saveFlow(flowId, flow, expectedVersion));
  },
  route: {
    call: ({ values, positionals: [flowId, file] }) => ({
      params: { flowId },
      body: () => saveRequest(file, values["expected-version"]),
    }),
    output: (answer) => savedOutput((answer.json as { flow: StoredFlow }).flow),
  },
});

type RunResult = Awaited<ReturnType<typeof runStoredFlow>>;

function runOutput(result: RunResult) {
  const text = result.ok
    ? `Succeeded in ${result.durationMs} ms (execution ${result.executionId})\n${JSON.stringify(result.outputs, null, 2)}`
    : `Failed${result.error?.card ? ` at card "${result.error.card}" of flow "${result.error.flow}"` : ""}: ${result.error?.message ?? "unknown error"} (execution ${result.executionId})`;
  return { result, text: result.notRecorded ? `${text}\n${result.notRecorded}` : text, exitCode: result.ok ? 0 : 1 };
}

export const flowRun = defineCommand({
  name: "flow run",
  usage: "FLOW_ID [--input JSON] [--connection CONNECTION_ID]",
  options: { input: { type: "string" }, connection: { type: "string" } },
  positionals: 1,
  run: async ({ values, positionals: [flowId] }) =>
    runOutput(await runStoredFlow(flowId, { inputs: parseInputOption(values.input), connectionId: values.connection })),
  route: {
    call: ({ values, positionals: [flowId] }) => ({
      params: { flowId },
      body: () => ({ inputs: parseInputOption(values.input), connectionId: values.connection }),
    }),
    output: (answer) => runOutput(answer.json as RunResult),
  },
});

export const flowExecutions = defineCommand({
  name: "flow executions",
  usage: "FLOW_ID",
  positionals: 1,
  async run({ positionals: [flowId] }) {
    await getFlow(flowId);
    const executions = await listExecutions(flowId);
    const lines = executions.map(
      (execution) =>
        `${execution.id}  ${execution.startedAt}  ${execution.status}  ${execution.durationMs} ms${execution.error ? `  ${execution.error.message}` : ""}`,
    );
    return { result: { executions }, text: listText(lines, "No executions yet.") };
  },
});

export const flowGenerateCore = defineCommand({
  name: "flow generate-core",
  usage:
    "PROJECT_ID [--flows httpHelper,authping,customApiAction] [--auth-config AUTH_CONFIG_ID] [--ping PATH] [--decide FLOW=skip|copy|overwrite]...",
  options: {
    flows: { type: "string" },
    "auth-config": { type: "string" },
    ping: { type: "string" },
    decide: { type: "string", multiple: true },
  },
  positionals: 1,
  async run({ values, positionals: [projectId] }) {
    const request = parseCoreFlowRequest({
      flows: values.flows?.split(",").map((flow) => flow.trim()),
      authConfigId: values["auth-config"],
      ping: values.ping === undefined ? undefined : { path: values.ping },
      decisions: values.decide === undefined ? undefined : parseAssignments(values.decide, "decide"),
    });
    const result = await generateProjectCoreFlows(projectId, request);
    const lines = result.outcomes.map(
      (outcome) => `${outcome.action.padEnd(11)} ${outcome.name}${outcome.flowId ? `  (${outcome.flowId})` : ""}`,
    );
    return { result, text: lines.join("\n") };
  },
});

export const flowExecution = defineCommand({
  name: "flow execution",
  usage: "FLOW_ID EXECUTION_ID",
  positionals: 2,
  async run({ positionals: [flowId, executionId] }) {
    const execution = await getFlowExecution(flowId, executionId);
    const text = [
      `${execution.id}  ${execution.startedAt}  ${execution.status}  ${execution.durationMs} ms`,
      `inputs:  ${JSON.stringify(execution.inputs)}`,
      execution.outputs ? `outputs: ${JSON.stringify(execution.outputs)}` : undefined,
      execution.error ? `error:   ${execution.error.message}` : undefined,
      execution.trace ? `trace:   ${execution.trace.length} card(s); --json prints it` : undefined,
    ].filter(Boolean);
    return { result: { execution }, text: text.join("\n") };
  },
});
