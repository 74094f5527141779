// Every uploaded version of a project's spec: the text as sent plus its compact index and warnings (never the
// dereferenced tree). A rejected upload changes nothing; the newest accepted version is the current one.
import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "../db/client";
import { touchProject } from "../projects/touch";
import { AppError, invalid, notFound, type ProblemDetail } from "../errors";
import { diffOperations } from "../spec/diff";
import { ingestSpec } from "../spec/ingest";
import type { SpecIndex } from "../spec/types";
import type { SpecDiff, SpecVersionSummary, StoredSpec } from "./model";

type SpecRow = {
  id: string;
  projectId: string;
  version: number;
  fileName: string;
  format: string;
  oasVersion: string;
  title: string;
  index: string;
  warnings: string;
  createdAt: Date;
};

function stored(row: SpecRow): StoredSpec {
  return {
    id: row.id,
    projectId: row.projectId,
    version: row.version,
    fileName: row.fileName,
    format: row.format as StoredSpec["format"],
    oasVersion: row.oasVersion,
    title: row.title,
    index: JSON.parse(row.index) as SpecIndex,
    warnings: JSON.parse(row.warnings) as ProblemDetail[],
    createdAt: row.createdAt.toISOString(),
  };
}

const OMIT_TEXT = { text: true } as const;

async function requireProject(projectId: string): Promise<void> {
  const project = await db().project.findUnique({ where: { id: projectId }, select: { id: true } });
  if (!project) throw notFound(`Project ${projectId}`);
}

/**
 * Ingests and stores a new version. On rejection throws an AppError whose problems carry the file and
 * line/column or JSON pointer; the previous version stays current.
 */
export async function uploadSpec(
  projectId: string,
  upload: { fileName?: unknown; text?: unknown },
): Promise<{ spec: StoredSpec; diff: SpecDiff | null }> {
  if (typeof upload.text !== "string" || upload.text.trim() === "")
    throw invalid("Choose a spec file to upload; it is empty.", { field: "file" });
  const fileName = typeof upload.fileName === "string" && upload.fileName.trim() ? upload.fileName.trim() : "spec";
  await requireProject(projectId);

  const result = await ingestSpec(upload.text, { fileName });
  if (!result.ok) {
    const errors = result.errors.map((problem) => ({ ...problem, location: { file: fileName, ...problem.location } }));
    const kept = (await db().spec.count({ where: { projectId } }))
      ? "the previous spec is unchanged"
      : "the project still has no spec";
    throw new AppError("invalid_input", `${fileName} was not accepted; ${kept}.`, errors);
  }

  const text = upload.text;
  const row = await db().$transaction(async (tx) => {
    const latest = await tx.spec.findFirst({
      where: { projectId },
      orderBy: { version: "desc" },
      select: { version: true },
    });
    const created = await tx.spec.create({
      data: {
        id: randomUUID(),
        projectId,
        version: (latest?.version ?? 0) + 1,
        fileName,
        format: result.format,
        text,
        oasVersion: result.index.oasVersion,
        title: result.index.title,
        index: JSON.stringify(result.index),
        warnings: JSON.stringify(result.warnings),
      },
      omit: OMIT_TEXT,
    });
    await touchProject(tx, projectId);
    return created;
  });
  const spec = stored(row);
  return { spec, diff: spec.version > 1 ? await diffSpecVersions(projectId, spec.version - 1, spec.version) : null };
}

/** The current (newest) spec of a project, or null when none was uploaded. */
export async function currentSpec(projectId: string): Promise<StoredSpec | null> {
  await requireProject(projectId);
  const row = await db().spec.findFirst({ where: { projectId }, orderBy: { version: "desc" }, omit: OMIT_TEXT });
  return row ? stored(row) : null;
}

export async function getSpecVersion(projectId: string, version: number): Promise<StoredSpec> {
  const row = await db().spec.findUnique({ where: { projectId_version: { projectId, version } }, omit: OMIT_TEXT });
  if (!row) throw notFound(`Version ${version} of the spec of project ${projectId}`);
  return stored(row);
}

/** The original text of a version, exactly as uploaded. */
export async function specText(
  projectId: string,
  version: number,
): Promise<{ fileName: string; format: string; text: string }> {
  const row = await db().spec.findUnique({
    where: { projectId_version: { projectId, version } },
    select: { fileName: true, format: true, text: true },
  });
  if (!row) throw notFound(`Version ${version} of the spec of project ${projectId}`);
  return row;
}

export async function listSpecVersions(projectId: string): Promise<SpecVersionSummary[]> {
  await requireProject(projectId);
  const rows = await db().spec.findMany({ where: { projectId }, orderBy: { version: "desc" }, omit: OMIT_TEXT });
  return rows.map((row) => {
    const spec = stored(row);
    return {
      version: spec.version,
      fileName: spec.fileName,
      title: spec.title,
      oasVersion: spec.oasVersion,
      operationCount: spec.index.operations.length,
      warningCount: spec.warnings.length,
      createdAt: spec.createdAt,
    };
  });
}

/** Operations added, removed and changed between two versions. */
export async function diffSpecVersions(projectId: string, from: number, to: number): Promise<SpecDiff> {
  const [before, after] = await Promise.all([getSpecVersion(projectId, from), getSpecVersion(projectId, to)]);
  return { from, to, ...diffOperations(before.index, after.index) };
}

/** The diff between the two newest versions, or null when there are fewer than two. */
export async function latestSpecDiff(projectId: string): Promise<SpecDiff | null> {
  const latest = await db().spec.findMany({
    where: { projectId },
    orderBy: { version: "desc" },
    take: 2,
    select: { version: true },
  });
  if (latest.length < 2) return null;
  return diffSpecVersions(projectId, latest[1].version, latest[0].version);
}
