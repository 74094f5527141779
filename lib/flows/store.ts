// Flow persistence: the current document, every saved version, one autosaved draft per flow.
// Saves use optimistic concurrency: the caller says which version it edited; a newer stored one is a conflict.
import { randomUUID } from "node:crypto";
import { retryWhileBusy } from "../db/busy";
import { db } from "../db/client";
import { AppError, notFound } from "../errors";
import type { Flow, FlowKind } from "../flow/model";
import { parseFlow } from "../flow/schema";
import { flowContentHash } from "./hash";

/** A conflict that tells the caller which version is stored now, so it can reload or merge. */
export class FlowConflictError extends AppError {
  readonly currentVersion: number;

  constructor(flowName: string, expectedVersion: number, currentVersion: number) {
    super(
      "conflict",
      `Flow "${flowName}" was saved by someone else: you edited version ${expectedVersion}, the stored one is version ${currentVersion}. Reload it and apply your changes again.`,
    );
    this.currentVersion = currentVersion;
  }

  toJSON() {
    return { ...super.toJSON(), currentVersion: this.currentVersion };
  }
}

export interface FlowSummary {
  id: string;
  projectId: string;
  name: string;
  kind: FlowKind;
  folder: string;
  enabled: boolean;
  version: number;
  /** Set when a generator created it: the hash of the flow as generated. */
  generatedHash: string | null;
  /** True for a generated flow whose content no longer matches what was generated. */
  edited: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface StoredFlow extends FlowSummary {
  flow: Flow;
}

export interface FlowVersionView {
  version: number;
  createdAt: string;
  flow: Flow;
}

export interface FlowDraftView {
  baseVersion: number;
  updatedAt: string;
  flow: Flow;
}

interface FlowRow {
  id: string;
  projectId: string;
  name: string;
  kind: string;
  folder: string;
  enabled: boolean;
  version: number;
  definition: string;
  generatedHash: string | null;
  createdAt: Date;
  updatedAt: Date;
}

function view(row: FlowRow): StoredFlow {
  const flow = JSON.parse(row.definition) as Flow;
  return {
    id: row.id,
    projectId: row.projectId,
    name: row.name,
    kind: row.kind as FlowKind,
    folder: row.folder,
    enabled: row.enabled,
    version: row.version,
    generatedHash: row.generatedHash,
    edited: row.generatedHash !== null && row.generatedHash !== flowContentHash(flow),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    flow,
  };
}

function summary(row: FlowRow): FlowSummary {
  const { flow: _flow, ...rest } = view(row);
  return rest;
}

const columns = (flow: Flow) => ({
  name: flow.name,
  kind: flow.kind,
  folder: flow.folder,
  enabled: flow.enabled,
  saveAllData: flow.saveAllData,
});

async function requireProject(projectId: string): Promise<void> {
  const project = await db().project.findUnique({ where: { id: projectId }, select: { id: true } });
  if (!project) throw notFound(`Project ${projectId}`);
}

export async function listFlows(projectId: string): Promise<FlowSummary[]> {
  await requireProject(projectId);
  const rows = await db().flow.findMany({ where: { projectId }, orderBy: [{ folder: "asc" }, { name: "asc" }] });
  return rows.map(summary);
}

export async function getFlow(flowId: string): Promise<StoredFlow> {
  const row = await db().flow.findUnique({ where: { id: flowId } });
  if (!row) throw notFound(`Flow ${flowId}`);
  return view(row);
}

/** The flow with this exact name in the project (Call Flow finds helpers by name, so names are unique). */
export async function flowExists(flowId: string): Promise<boolean> {
  return (await db().flow.count({ where: { id: flowId } })) > 0;
}

export async function getFlowByName(projectId: string, name: string): Promise<StoredFlow | undefined> {
  const row = await db().flow.findFirst({ where: { projectId, name }, orderBy: { createdAt: "asc" } });
  return row ? view(row) : undefined;
}

type Tx = Parameters<Parameters<ReturnType<typeof db>["$transaction"]>[0]>[0];

/** Refuses a name another flow of the project already has: Call Flow resolves flows by name. */
async function assertNameFree(tx: Tx, projectId: string, name: string, flowId?: string): Promise<void> {
  const other = await tx.flow.findFirst({
    where: { projectId, name, ...(flowId ? { NOT: { id: flowId } } : {}) },
    select: { id: true },
  });
  if (other) {
    throw new AppError(
      "conflict",
      `A flow named "${name}" already exists in this project; flow names must be unique.`,
      [{ message: `flow name "${name}" is taken`, location: { pointer: "/name", field: "name" } }],
    );
  }
}

/** Stores a new flow as version 1; a generated flow remembers its hash so later edits can be told apart. */
export async function createFlow(
  projectId: string,
  flow: Flow,
  options: { generated?: boolean } = {},
): Promise<StoredFlow> {
  await requireProject(projectId);
  const stored: Flow = { ...parseFlow(flow), version: 1 };
  const definition = JSON.stringify(stored);
  const id = randomUUID();
  const row = await retryWhileBusy(`Creating flow "${stored.name}"`, () =>
    db().$transaction(async (tx) => {
      await assertNameFree(tx, projectId, stored.name);
      const created = await tx.flow.create({
        data: {
          id,
          projectId,
          ...columns(stored),
          version: 1,
          definition,
          generatedHash: options.generated ? flowContentHash(stored) : null,
        },
      });
      await tx.flowVersion.create({ data: { id: randomUUID(), flowId: id, version: 1, definition } });
      return created;
    }),
  );
  return view(row);
}

/**
 * Saves a new version when `expectedVersion` is the stored one; otherwise throws FlowConflictError and changes nothing.
 * The saved draft, if any, is discarded: its edits are now the flow.
 */
export async function saveFlow(
  flowId: string,
  flow: Flow,
  expectedVersion: number,
  options: { generated?: boolean } = {},
): Promise<StoredFlow> {
  const checked = parseFlow(flow);
  const row = await retryWhileBusy(`Saving flow "${checked.name}"`, () =>
    db().$transaction(async (tx) => {
      const current = await tx.flow.findUnique({
        where: { id: flowId },
        select: { version: true, name: true, projectId: true },
      });
      if (!current) throw notFound(`Flow ${flowId}`);
      if (current.version !== expectedVersion)
        throw new FlowConflictError(current.name, expectedVersion, current.version);
      if (checked.name !== current.name) await assertNameFree(tx, current.projectId, checked.name, flowId);
      const version = current.version + 1;
      const stored: Flow = { ...checked, version };
      const definition = JSON.stringify(stored);
      const { count } = await tx.flow.updateMany({
        where: { id: flowId, version: expectedVersion },
        data: {
          ...columns(stored),
          version,
          definition,
          ...(options.generated ? { generatedHash: flowContentHash(stored) } : {}),
        },
      });
      if (count === 0) throw new FlowConflictError(current.name, expectedVersion, version);
      await tx.flowVersion.create({ data: { id: randomUUID(), flowId, version, definition } });
      await tx.flowDraft.deleteMany({ where: { flowId } });
      return tx.flow.findUniqueOrThrow({ where: { id: flowId } });
    }),
  );
  return view(row);
}

export async function deleteFlow(flowId: string): Promise<void> {
  const { count } = await db().flow.deleteMany({ where: { id: flowId } });
  if (count === 0) throw notFound(`Flow ${flowId}`);
}

export async function listFlowVersions(flowId: string): Promise<{ version: number; createdAt: string }[]> {
  await getFlow(flowId);
  const rows = await db().flowVersion.findMany({
    where: { flowId },
    select: { version: true, createdAt: true },
    orderBy: { version: "desc" },
  });
  return rows.map((row) => ({ version: row.version, createdAt: row.createdAt.toISOString() }));
}

export async function getFlowVersion(flowId: string, version: number): Promise<FlowVersionView> {
  const row = await db().flowVersion.findUnique({ where: { flowId_version: { flowId, version } } });
  if (!row) throw notFound(`Version ${version} of flow ${flowId}`);
  return { version: row.version, createdAt: row.createdAt.toISOString(), flow: JSON.parse(row.definition) as Flow };
}

/** Autosaves unsaved edits made on top of `baseVersion`; one draft per flow, replaced each time. */
export async function saveDraft(flowId: string, flow: Flow, baseVersion: number): Promise<FlowDraftView> {
  await getFlow(flowId);
  const definition = JSON.stringify(parseFlow(flow));
  const row = await retryWhileBusy(`Saving the draft of flow "${flow.name}"`, () =>
    db().flowDraft.upsert({
      where: { flowId },
      create: { flowId, baseVersion, definition },
      update: { baseVersion, definition },
    }),
  );
  return { baseVersion: row.baseVersion, updatedAt: row.updatedAt.toISOString(), flow };
}

export async function getDraft(flowId: string): Promise<FlowDraftView | undefined> {
  await getFlow(flowId);
  const row = await db().flowDraft.findUnique({ where: { flowId } });
  return row
    ? { baseVersion: row.baseVersion, updatedAt: row.updatedAt.toISOString(), flow: JSON.parse(row.definition) as Flow }
    : undefined;
}

export async function deleteDraft(flowId: string): Promise<void> {
  await db().flowDraft.deleteMany({ where: { flowId } });
}
