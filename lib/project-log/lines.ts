// A project's recent log lines in the database, bounded by count and by age.
import "server-only";
import { db } from "../db/client";
import { notFound } from "../errors";
import type { ProjectLogRecord } from "./model";

/** Lines kept per project; older ones are dropped as new ones arrive. */
export const MAX_KEPT_LINES = 1_000;
/** Lines older than this are dropped. */
export const MAX_LINE_AGE_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Pruning runs when a write crosses a multiple of this many line ids (ids count every project's lines), not on every
 * run: a project holds at most MAX_KEPT_LINES + PRUNE_EVERY_LINES rows, and readers see only the newest
 * MAX_KEPT_LINES within MAX_LINE_AGE_MS.
 */
export const PRUNE_EVERY_LINES = 100;

const lineAgeLimit = () => new Date(Date.now() - MAX_LINE_AGE_MS);

export async function keepProjectLogLines(projectId: string, records: ProjectLogRecord[]): Promise<void> {
  if (!records.length) return;
  const client = db();
  const written = await client.projectLogLine.createManyAndReturn({
    data: records.map((record) => ({
      projectId,
      time: new Date(record.time),
      level: record.level,
      line: JSON.stringify(record),
    })),
    select: { id: true },
  });
  const ids = written.map((row) => row.id);
  const crossed =
    Math.floor(Math.max(...ids) / PRUNE_EVERY_LINES) !== Math.floor((Math.min(...ids) - 1) / PRUNE_EVERY_LINES);
  if (crossed || records.length >= MAX_KEPT_LINES) await pruneProjectLogLines(projectId);
}

async function pruneProjectLogLines(projectId: string): Promise<void> {
  const client = db();
  const oldestKept = await client.projectLogLine.findFirst({
    where: { projectId },
    orderBy: { id: "desc" },
    skip: MAX_KEPT_LINES - 1,
    select: { id: true },
  });
  await client.projectLogLine.deleteMany({
    where: {
      projectId,
      OR: [{ time: { lt: lineAgeLimit() } }, ...(oldestKept ? [{ id: { lt: oldestKept.id } }] : [])],
    },
  });
}

/** The newest lines of a project, newest first. */
export async function recentProjectLogLines(projectId: string, limit = 200): Promise<ProjectLogRecord[]> {
  const client = db();
  if (!(await client.project.findUnique({ where: { id: projectId }, select: { id: true } })))
    throw notFound(`Project ${projectId}`);
  const rows = await client.projectLogLine.findMany({
    where: { projectId, time: { gte: lineAgeLimit() } },
    orderBy: { id: "desc" },
    take: Math.min(Math.max(1, Math.trunc(limit) || 1), MAX_KEPT_LINES),
    select: { line: true },
  });
  return rows.map((row) => JSON.parse(row.line) as ProjectLogRecord);
}
