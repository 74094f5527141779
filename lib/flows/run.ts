// Runs a stored flow through one of its project's connections (the Run button, Try an operation, Test connection)
// and records the execution.
import type { Actor } from "../accounts/actor";
import { openRunGuard, type ProjectGrant } from "../access/run-guard";
import type { ResolvedConnection, ConnectionTestResult } from "../connections/model";
import { connectionProjectId, getConnection, recordConnectionTest, resolveConnection } from "../connections/store";
import { recordExecution } from "../engine/executions";
import { runFlow } from "../engine/run";
import type { RunResult } from "../engine/types";
import { AppError, invalid } from "../errors";
import { AUTHPING_NAME } from "../flow/model";
import { createHttpClient } from "../http/client";
import { countRun } from "../metrics/registry";
import { openRunLog } from "../project-log/run-log";
import { checkBeforeRun, checkTenantVariables } from "../validator/pre-run";
import { withHelperConfigValues } from "./config-values";
import { flowExists, getFlow, getFlowByName, type StoredFlow } from "./store";

export interface RunRequest {
  inputs: Record<string, unknown>;
  connectionId?: string;
}

function parseRunRequest(input: unknown): RunRequest {
  const body = (input && typeof input === "object" && !Array.isArray(input) ? input : {}) as Record<string, unknown>;
  const inputs = body.inputs ?? {};
  if (!inputs || typeof inputs !== "object" || Array.isArray(inputs))
    throw invalid("inputs must be a JSON object", { field: "inputs" });
  if (body.connectionId !== undefined && body.connectionId !== null && typeof body.connectionId !== "string") {
    throw invalid("connectionId must be text", { field: "connectionId" });
  }
  return {
    inputs: inputs as Record<string, unknown>,
    ...(body.connectionId ? { connectionId: body.connectionId as string } : {}),
  };
}

/** Who runs: undefined is local `ib` on the database file (the machine's owner, every right). */
export interface RunAs {
  actor?: Actor;
  /** The route's check of "run" on the flow's project in this request, reused by the run guard. */
  granted?: ProjectGrant;
}

/** A run of a stored flow; `notRecorded` says why its execution could not be kept. */
export interface StoredRunResult extends RunResult {
  notRecorded?: string;
}

/**
 * Runs a stored flow as the actor: each request its connection sends is checked against the actor's role for its
 * verb first (lib/access); a refused one is never sent, ends the run and is thrown as a 403, nothing recorded.
 */
async function execute(stored: StoredFlow, request: RunRequest, { actor, granted }: RunAs): Promise<StoredRunResult> {
  const guard = await openRunGuard(actor, stored.projectId, granted);
  const loadFlow = async (name: string) => (await getFlowByName(stored.projectId, name))?.flow;
  await checkBeforeRun(stored.flow, loadFlow);
  let connection: ResolvedConnection | undefined;
  if (request.connectionId) {
    await getConnection(stored.projectId, request.connectionId);
    const resolved = await resolveConnection(request.connectionId);
    connection = await withHelperConfigValues(resolved, loadFlow, guard.watch).catch((error: unknown) => {
      guard.throwIfRefused();
      throw error;
    });
  }
  await checkTenantVariables(stored.flow, loadFlow, connection?.tenantVariables ?? {});
  const runLog = await openRunLog(stored.projectId, connection?.secretValues ?? []);
  runLog.started(stored.flow.name);
  const result = await runFlow({
    flow: stored.flow,
    inputs: request.inputs,
    loadFlow,
    http: connection ? guard.watch(runLog.watch(createHttpClient(connection))) : undefined,
    context: connection
      ? {
          parameters: connection.parameters,
          tenantVariables: connection.tenantVariables,
          secretValues: connection.secretValues,
        }
      : undefined,
  })
    .then((outcome) => {
      runLog.finished(stored.flow.name, outcome);
      countRun(outcome.ok, outcome.durationMs);
      return outcome;
    })
    .finally(() => runLog.close());
  guard.throwIfRefused();
  try {
    await recordExecution(stored.id, result, { saveAllData: stored.flow.saveAllData });
  } catch (error) {
    // The flow (or its project) was deleted while it ran: the run happened, there is nowhere left to record it.
    if (await flowExists(stored.id)) throw error;
    return {
      ...result,
      notRecorded: `Flow "${stored.flow.name}" was deleted while it ran: the run finished, but its execution was not recorded.`,
    };
  }
  return result;
}

/** Runs a stored flow; a flow failure is a result (`ok: false`), not an exception. */
export async function runStoredFlow(flowId: string, input: unknown, options: RunAs = {}): Promise<StoredRunResult> {
  const request = parseRunRequest(input);
  return execute(await getFlow(flowId), request, options);
}

/**
 * Test connection: runs the project's `_authping` through the connection. A connection that cannot even be prepared
 * (a config value's helper flow fails, its secrets cannot be decrypted) is "not working", with the reason.
 */
export async function testConnection(
  connectionId: string,
  options: RunAs = {},
): Promise<ConnectionTestResult & { executionId?: string }> {
  const outcome = await runAuthping(connectionId, options);
  return { ...outcome, ...(await recordConnectionTest(connectionId, outcome)) };
}

async function runAuthping(
  connectionId: string,
  options: RunAs,
): Promise<{ working: boolean; message: string; executionId?: string }> {
  const authping = await getFlowByName(await connectionProjectId(connectionId), AUTHPING_NAME);
  if (!authping) {
    throw new AppError(
      "invalid_input",
      `The project has no ${AUTHPING_NAME} flow to test the connection with: generate it on the API Spec page (Core flows).`,
    );
  }
  let result: RunResult;
  try {
    result = await execute(authping, { inputs: {}, connectionId }, options);
  } catch (error) {
    // A refusal says nothing of the connection: it is the caller's answer, and the last test is kept as it was.
    if (error instanceof AppError && error.code !== "not_found" && error.code !== "forbidden")
      return { working: false, message: error.message };
    throw error;
  }
  if (!result.ok)
    return {
      working: false,
      message: result.error?.message ?? "The Authping flow failed",
      executionId: result.executionId,
    };
  const working = result.outputs.working === true;
  const message =
    typeof result.outputs.message === "string"
      ? result.outputs.message
      : working
        ? "Connection is working"
        : "Connection is not working";
  return { working, message, executionId: result.executionId };
}
