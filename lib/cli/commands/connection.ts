// `ib connection ...`: a project's connections (lib/connections/store.ts). Files hold the connection's Advanced
// JSON view (ConnectionConfig); secrets are stored sealed and always printed masked.
import {
  cloneConnection,
  connectionProjectId,
  createConnection,
  deleteConnection,
  getConnection,
  listConnections,
  updateConnection,
} from "../../connections/store";
import type { ConnectionView, ConnectionTestResult } from "../../connections/model";
import { testConnection } from "../../flows/run";
import { YES_OPTION, defineCommand, listText, requireYes, required } from "../command";
import { fromFile, readJsonFile } from "../files";

const testLine = (test: ConnectionTestResult) =>
  `${test.working ? "Working" : "Not working"}: ${test.message} (tested ${test.testedAt})`;

/** The list shows where requests go (server variables filled) and the last test, as the Connections tab does. */
const connectionLine = (connection: ConnectionView) =>
  [
    connection.id,
    connection.config.name,
    connection.baseUrl ??
      connection.baseUrlProblem ??
      `${connection.config.server.protocol}://${connection.config.server.host}`,
    connection.lastTest && testLine(connection.lastTest),
  ]
    .filter(Boolean)
    .join("  ");

const connectionOutput = (connection: ConnectionView, headline?: string) => ({
  result: connection,
  text: `${headline ? `${headline}\n` : ""}${connectionLine(connection)}\n${JSON.stringify(connection.config, null, 2)}`,
});

async function fromConnectionFile<T>(file: string | undefined, save: (payload: unknown) => Promise<T>): Promise<T> {
  const path = required(file, "file");
  const payload = await readJsonFile(path);
  return fromFile(path, () => save(payload));
}

export const connectionList = defineCommand({
  name: "connection list",
  usage: "PROJECT_ID",
  positionals: 1,
  async run({ positionals: [projectId] }) {
    const connections = await listConnections(projectId);
    return { result: { connections }, text: listText(connections.map(connectionLine), "No connections yet.") };
  },
});

export const connectionShow = defineCommand({
  name: "connection show",
  usage: "CONNECTION_ID",
  positionals: 1,
  run: async ({ positionals: [id] }) => connectionOutput(await getConnection(await connectionProjectId(id), id)),
});

export const connectionCreate = defineCommand({
  name: "connection create",
  usage: "PROJECT_ID --file CONNECTION.json",
  options: { file: { type: "string" } },
  positionals: 1,
  run: async ({ values, positionals: [projectId] }) =>
    connectionOutput(
      await fromConnectionFile(values.file, (payload) => createConnection(projectId, payload)),
      "Created",
    ),
});

export const connectionUpdate = defineCommand({
  name: "connection update",
  usage: "CONNECTION_ID --file CONNECTION.json",
  options: { file: { type: "string" } },
  positionals: 1,
  async run({ values, positionals: [id] }) {
    const projectId = await connectionProjectId(id);
    const updated = await fromConnectionFile(values.file, (payload) => updateConnection(projectId, id, payload));
    const cleared = updated.clearedSecrets;
    return connectionOutput(
      updated,
      cleared ? `Updated. Cleared ${cleared.fields.join(", ")}: ${cleared.reason}` : "Updated",
    );
  },
});

export const connectionClone = defineCommand({
  name: "connection clone",
  usage: "CONNECTION_ID",
  positionals: 1,
  run: async ({ positionals: [id] }) =>
    connectionOutput(await cloneConnection(await connectionProjectId(id), id), "Cloned"),
});

export const connectionDelete = defineCommand({
  name: "connection delete",
  usage: "CONNECTION_ID --yes",
  options: YES_OPTION,
  positionals: 1,
  async run({ values, positionals: [id] }) {
    requireYes(values.yes, `connection ${id}`);
    await deleteConnection(await connectionProjectId(id), id);
    return { result: { ok: true }, text: `Deleted connection ${id}.` };
  },
});

const testedOutput = (result: ConnectionTestResult) => ({ result, text: testLine(result) });

export const connectionTest = defineCommand({
  name: "connection test",
  usage: "CONNECTION_ID",
  positionals: 1,
  run: async ({ positionals: [id] }) => testedOutput(await testConnection(id)),
  route: {
    call: ({ positionals: [connectionId] }) => ({
      params: { connectionId },
    }),
    output: (answer) => testedOutput(answer.json as ConnectionTestResult),
  },
});
