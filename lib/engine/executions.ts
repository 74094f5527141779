// Stored runs of a flow: inputs, outputs and error always; the trace only when the flow saves all data.
// Results arrive already sanitized by runFlow (no secrets, large values cut). Old runs are pruned while recording.
import "server-only";
import { db } from "../db/client";
import { positiveIntegerFromEnv } from "../env";
import { notFound } from "../errors";
import type { FlowError } from "../cards/types";
import type { RunResult, TraceEntry } from "./types";

export interface ExecutionSummary {
  id: string;
  flowId: string;
  status: "succeeded" | "failed";
  startedAt: string;
  durationMs: number;
  error?: FlowError;
}

export interface ExecutionRecord extends ExecutionSummary {
  inputs: Record<string, unknown>;
  outputs?: Record<string, unknown>;
  /** Present only for flows that save all data. */
  trace?: TraceEntry[];
}

export interface Retention {
  maxPerFlow: number;
  maxAgeDays: number;
}

function retentionFromEnv(): Retention {
  return {
    maxPerFlow: positiveIntegerFromEnv("IB_EXECUTIONS_MAX_PER_FLOW", 200),
    maxAgeDays: positiveIntegerFromEnv("IB_EXECUTIONS_MAX_AGE_DAYS", 30),
  };
}

const DAY_MS = 86_400_000;

export async function recordExecution(
  flowId: string,
  result: RunResult,
  options: { saveAllData: boolean; retention?: Retention },
): Promise<ExecutionSummary> {
  const retention = options.retention ?? retentionFromEnv();
  const row = await db().execution.create({
    data: {
      id: result.executionId,
      flowId,
      status: result.ok ? "succeeded" : "failed",
      startedAt: new Date(result.startedAt),
      durationMs: Math.round(result.durationMs),
      inputs: JSON.stringify(result.inputs),
      outputs: result.ok ? JSON.stringify(result.outputs) : null,
      error: result.error ? JSON.stringify(result.error) : null,
      trace: options.saveAllData ? JSON.stringify(result.trace) : null,
    },
    select: { id: true, flowId: true, status: true, startedAt: true, durationMs: true, error: true },
  });
  // Pruning costs three queries: run it once per tenth of the bound, so a flow holds at most 110% of it.
  const due = (recordsSincePrune.get(flowId) ?? 0) + 1;
  if (due >= Math.max(1, Math.floor(retention.maxPerFlow / 10))) {
    recordsSincePrune.set(flowId, 0);
    await prune(flowId, retention);
  } else recordsSincePrune.set(flowId, due);
  return summaryOf(row);
}

const recordsSincePrune = new Map<string, number>();

async function prune(flowId: string, retention: Retention): Promise<void> {
  const executions = db().execution;
  await executions.deleteMany({
    where: { flowId, startedAt: { lt: new Date(Date.now() - retention.maxAgeDays * DAY_MS) } },
  });
  const oldestKept = await executions.findFirst({
    where: { flowId },
    orderBy: [{ startedAt: "desc" }, { id: "desc" }],
    skip: retention.maxPerFlow - 1,
    select: { startedAt: true, id: true },
  });
  if (!oldestKept) return;
  await executions.deleteMany({
    where: {
      flowId,
      OR: [{ startedAt: { lt: oldestKept.startedAt } }, { startedAt: oldestKept.startedAt, id: { lt: oldestKept.id } }],
    },
  });
}

type SummaryRow = {
  id: string;
  flowId: string;
  status: string;
  startedAt: Date;
  durationMs: number;
  error: string | null;
};

function summaryOf(row: SummaryRow): ExecutionSummary {
  return {
    id: row.id,
    flowId: row.flowId,
    status: row.status === "succeeded" ? "succeeded" : "failed",
    startedAt: row.startedAt.toISOString(),
    durationMs: row.durationMs,
    ...(row.error && { error: JSON.parse(row.error) as FlowError }),
  };
}

/** The flow's executions, newest first. */
export async function listExecutions(flowId: string): Promise<ExecutionSummary[]> {
  const rows = await db().execution.findMany({
    where: { flowId },
    orderBy: [{ startedAt: "desc" }, { id: "desc" }],
    select: { id: true, flowId: true, status: true, startedAt: true, durationMs: true, error: true },
  });
  return rows.map(summaryOf);
}

/** One execution of a given flow: not found when it belongs to another flow. */
export async function getFlowExecution(flowId: string, executionId: string): Promise<ExecutionRecord> {
  const execution = await getExecution(executionId);
  if (execution.flowId !== flowId) throw notFound(`Execution "${executionId}" of flow "${flowId}"`);
  return execution;
}

export async function getExecution(id: string): Promise<ExecutionRecord> {
  const row = await db().execution.findUnique({ where: { id } });
  if (!row) throw notFound(`Execution "${id}"`);
  return {
    ...summaryOf(row),
    inputs: JSON.parse(row.inputs) as Record<string, unknown>,
    ...(row.outputs && { outputs: JSON.parse(row.outputs) as Record<string, unknown> }),
    ...(row.trace && { trace: JSON.parse(row.trace) as TraceEntry[] }),
  };
}
