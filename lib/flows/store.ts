// Flow persistence: the current document, every saved version, each user's autosaved draft.
// Saves use optimistic concurrency: the caller says which version it edited; a newer stored one is a conflict.
// ON/OFF is not content: it is switched by its own operation, never makes a version and is never a conflict.
import "server-only";
import { randomUUID } from "node:crypto";
import { retryWhileBusy } from "../db/busy";
import { db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { touchProject } from "../projects/touch";
import { AppError, notFound } from "../errors";
import type { Flow, FlowKind } from "../flow/model";
import { parseFlow } from "../flow/schema";
import { flowContentHash } from "./hash";
import type { FlowSummary } from "./summary";

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
  enabledChangedAt: Date | null;
  version: number;
  definition: string;
  generatedHash: string | null;
  generatedAuthConfigId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** The stored document with the row's ON/OFF, which the switch changes without a new version. */
function view(row: FlowRow): StoredFlow {
  const content = JSON.parse(row.definition) as Flow;
  const flow: Flow = { ...content, enabled: row.enabled };
  return {
    id: row.id,
    projectId: row.projectId,
    name: row.name,
    kind: row.kind as FlowKind,
    folder: row.folder,
    enabled: row.enabled,
    enabledChangedAt: row.enabledChangedAt?.toISOString() ?? null,
    version: row.version,
    generatedHash: row.generatedHash,
    edited: row.generatedHash !== null && row.generatedHash !== flowContentHash(content),
    generatedAuthConfigId: row.generatedAuthConfigId,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    flow,
  };
}

function summary(row: FlowRow): FlowSummary {
  const { flow: _flow, ...rest } = view(row);
  return rest;
}

/** The columns a content save writes; `enabled` is left to setFlowEnabled. */
const contentColumns = (flow: Flow) => ({
  name: flow.name,
  kind: flow.kind,
  folder: flow.folder,
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

const nameTaken = (name: string) =>
  new AppError("conflict", `A flow named "${name}" already exists in this project; flow names must be unique.`, [
    { message: `flow name "${name}" is taken`, location: { pointer: "/name", field: "name" } },
  ]);

/** Refuses a name another flow of the project already has: Call Flow resolves flows by name. */
async function assertNameFree(tx: Tx, projectId: string, name: string, flowId?: string): Promise<void> {
  const other = await tx.flow.findFirst({
    where: { projectId, name, ...(flowId ? { NOT: { id: flowId } } : {}) },
    select: { id: true },
  });
  if (other) throw nameTaken(name);
}

/** The unique index on (projectId, name) catches a name taken by a concurrent save: the same conflict. */
async function uniqueName<T>(name: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw nameTaken(name);
    throw error;
  }
}

/** `generated`: a generator wrote the flow (for `authConfigId`, when it used one). */
export interface GeneratedOptions {
  generated?: boolean;
  authConfigId?: string;
  /** The user saving: their draft, whose edits are now the flow, is discarded (others' drafts stay theirs). */
  draftOf?: string;
}

/** Stores a new flow as version 1; a generated flow remembers its hash so later edits can be told apart. */
export async function createFlow(projectId: string, flow: Flow, options: GeneratedOptions = {}): Promise<StoredFlow> {
  await requireProject(projectId);
  const stored: Flow = { ...parseFlow(flow), version: 1 };
  const definition = JSON.stringify(stored);
  const id = randomUUID();
  const row = await uniqueName(stored.name, () =>
    retryWhileBusy(`Creating flow "${stored.name}"`, () =>
      db().$transaction(async (tx) => {
        await assertNameFree(tx, projectId, stored.name);
        const created = await tx.flow.create({
          data: {
            id,
            projectId,
            ...contentColumns(stored),
            enabled: stored.enabled,
            version: 1,
            definition,
            generatedHash: options.generated ? flowContentHash(stored) : null,
            generatedAuthConfigId: options.generated ? (options.authConfigId ?? null) : null,
          },
        });
        await tx.flowVersion.create({ data: { id: randomUUID(), flowId: id, version: 1, definition } });
        await touchProject(tx, projectId);
        return created;
      }),
    ),
  );
  return view(row);
}

/**
 * Saves a new version when `expectedVersion` is the stored one; otherwise throws FlowConflictError and changes nothing.
 * The flow keeps its stored ON/OFF whatever the document says (see setFlowEnabled).
 * The saving user's draft, if any, is discarded: its edits are now the flow.
 */
export async function saveFlow(
  flowId: string,
  flow: Flow,
  expectedVersion: number,
  options: GeneratedOptions = {},
): Promise<StoredFlow> {
  const checked = parseFlow(flow);
  const row = await uniqueName(checked.name, () =>
    retryWhileBusy(`Saving flow "${checked.name}"`, () =>
      db().$transaction(async (tx) => {
        const current = await tx.flow.findUnique({
          where: { id: flowId },
          select: { version: true, name: true, projectId: true, enabled: true },
        });
        if (!current) throw notFound(`Flow ${flowId}`);
        if (current.version !== expectedVersion)
          throw new FlowConflictError(current.name, expectedVersion, current.version);
        if (checked.name !== current.name) await assertNameFree(tx, current.projectId, checked.name, flowId);
        const version = current.version + 1;
        const stored: Flow = { ...checked, enabled: current.enabled, version };
        const definition = JSON.stringify(stored);
        const { count } = await tx.flow.updateMany({
          where: { id: flowId, version: expectedVersion },
          data: {
            ...contentColumns(stored),
            version,
            definition,
            ...(options.generated
              ? { generatedHash: flowContentHash(stored), generatedAuthConfigId: options.authConfigId ?? null }
              : {}),
          },
        });
        if (count === 0) throw new FlowConflictError(current.name, expectedVersion, version);
        await tx.flowVersion.create({ data: { id: randomUUID(), flowId, version, definition } });
        if (options.draftOf) await tx.flowDraft.deleteMany({ where: { flowId, userId: options.draftOf } });
        await touchProject(tx, current.projectId);
        return tx.flow.findUniqueOrThrow({ where: { id: flowId } });
      }),
    ),
  );
  return view(row);
}

/**
 * Switches a flow ON or OFF at once: the stored content, its version and any open editor's `expectedVersion` stay
 * as they are; the time of the change is recorded.
 */
export async function setFlowEnabled(flowId: string, enabled: boolean): Promise<FlowSummary> {
  const row = await retryWhileBusy(`Switching flow ${flowId} ${enabled ? "ON" : "OFF"}`, () =>
    db().$transaction(async (tx) => {
      const { count } = await tx.flow.updateMany({
        where: { id: flowId },
        data: { enabled, enabledChangedAt: new Date() },
      });
      if (count === 0) throw notFound(`Flow ${flowId}`);
      const changed = await tx.flow.findUniqueOrThrow({ where: { id: flowId } });
      await touchProject(tx, changed.projectId);
      return changed;
    }),
  );
  return summary(row);
}

export async function deleteFlow(flowId: string): Promise<void> {
  const found = await db().flow.findUnique({ where: { id: flowId }, select: { projectId: true } });
  if (!found) throw notFound(`Flow ${flowId}`);
  await db().$transaction(async (tx) => {
    await tx.flow.deleteMany({ where: { id: flowId } });
    await touchProject(tx, found.projectId);
  });
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

/** Edits that change nothing: the stored flow's content (ON/OFF is never a draft's). */
const unchanged = (draft: Flow, stored: StoredFlow) =>
  flowContentHash({ ...draft, enabled: stored.flow.enabled }) === flowContentHash(stored.flow);

/**
 * Autosaves a user's unsaved edits made on top of `baseVersion`, replacing their previous draft; edits that equal
 * the saved version (an edit undone) drop the draft instead, and answer undefined.
 */
export async function saveDraft(
  flowId: string,
  userId: string,
  flow: Flow,
  baseVersion: number,
): Promise<FlowDraftView | undefined> {
  const stored = await getFlow(flowId);
  const checked = parseFlow(flow);
  const key = { flowId_userId: { flowId, userId } };
  if (baseVersion === stored.version && unchanged(checked, stored)) {
    await db().flowDraft.deleteMany({ where: { flowId, userId } });
    return undefined;
  }
  const definition = JSON.stringify(checked);
  const row = await retryWhileBusy(`Saving the draft of flow "${flow.name}"`, () =>
    db().flowDraft.upsert({
      where: key,
      create: { flowId, userId, baseVersion, definition },
      update: { baseVersion, definition },
    }),
  );
  return { baseVersion: row.baseVersion, updatedAt: row.updatedAt.toISOString(), flow };
}

/**
 * The user's draft, with the flow's current ON/OFF: restoring a draft never undoes a switch made since. A draft
 * that equals the saved version offers nothing and is dropped.
 */
export async function getDraft(flowId: string, userId: string): Promise<FlowDraftView | undefined> {
  const stored = await getFlow(flowId);
  const row = await db().flowDraft.findUnique({ where: { flowId_userId: { flowId, userId } } });
  if (!row) return undefined;
  const flow: Flow = { ...(JSON.parse(row.definition) as Flow), enabled: stored.flow.enabled };
  if (row.baseVersion === stored.version && unchanged(flow, stored)) {
    await db().flowDraft.deleteMany({ where: { flowId, userId } });
    return undefined;
  }
  return { baseVersion: row.baseVersion, updatedAt: row.updatedAt.toISOString(), flow };
}
