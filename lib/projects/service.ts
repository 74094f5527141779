// Projects: create, list, rename, delete (cascades to everything in it), logo, link/unlink an OIN app.
import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "../db/client";
import { AppError, notFound, type ProblemDetail } from "../errors";
import { checkLogo } from "./logo";
import { NOT_LINKED, PROJECT_LIMITS, PROJECT_PROTOCOL, type ProjectInput, type ProjectView } from "./model";

const SELECT = {
  id: true,
  name: true,
  description: true,
  logoMime: true,
  createdAt: true,
  updatedAt: true,
  oinApp: { select: { id: true, displayName: true, status: true } },
} as const;

type ProjectRow = {
  id: string;
  name: string;
  description: string;
  logoMime: string | null;
  createdAt: Date;
  updatedAt: Date;
  oinApp: { id: string; displayName: string; status: string } | null;
};

function view(row: ProjectRow): ProjectView {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    hasLogo: row.logoMime !== null,
    oinApp: row.oinApp,
    status: row.oinApp?.status ?? NOT_LINKED,
    protocol: PROJECT_PROTOCOL,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Validates name/description; `partial` allows either to be absent (an update). */
function parseProjectInput(payload: unknown, partial: boolean): Partial<ProjectInput> {
  const input = (typeof payload === "object" && payload !== null ? payload : {}) as Record<string, unknown>;
  const problems: ProblemDetail[] = [];
  const result: Partial<ProjectInput> = {};
  if (input.name !== undefined || !partial) {
    const name = typeof input.name === "string" ? input.name.trim() : "";
    if (!name) problems.push({ message: "Project name is required", location: { field: "name" } });
    else if (name.length > PROJECT_LIMITS.name) {
      problems.push({
        message: `Project name must be at most ${PROJECT_LIMITS.name} characters`,
        location: { field: "name" },
      });
    }
    result.name = name;
  }
  if (input.description !== undefined) {
    if (typeof input.description !== "string") {
      problems.push({ message: "Description must be text", location: { field: "description" } });
    } else if (input.description.length > PROJECT_LIMITS.description) {
      problems.push({
        message: `Description must be at most ${PROJECT_LIMITS.description} characters`,
        location: { field: "description" },
      });
    } else result.description = input.description.trim();
  }
  if (problems.length) throw new AppError("invalid_input", "The project was not saved.", problems);
  return result;
}

export async function listProjects(): Promise<ProjectView[]> {
  const rows = await db().project.findMany({ select: SELECT, orderBy: { createdAt: "asc" } });
  return rows.map(view);
}

export async function getProject(projectId: string): Promise<ProjectView> {
  const row = await db().project.findUnique({ where: { id: projectId }, select: SELECT });
  if (!row) throw notFound(`Project ${projectId}`);
  return view(row);
}

/** Creates a project; `oinAppId` links it at once (used by "Save and start building"). */
export async function createProject(
  payload: unknown,
  options: { oinAppId?: string; logo?: { bytes: Uint8Array; mime: string } } = {},
) {
  const input = parseProjectInput(payload, false);
  const row = await db().project.create({
    data: {
      id: randomUUID(),
      name: input.name!,
      description: input.description ?? "",
      oinAppId: options.oinAppId ?? null,
      logo: options.logo ? Uint8Array.from(options.logo.bytes) : null,
      logoMime: options.logo?.mime ?? null,
    },
    select: SELECT,
  });
  return view(row);
}

/** Renames / re-describes a project. Never touches the linked OIN app. */
export async function updateProject(projectId: string, payload: unknown): Promise<ProjectView> {
  const input = parseProjectInput(payload, true);
  await getProject(projectId);
  const row = await db().project.update({ where: { id: projectId }, data: input, select: SELECT });
  return view(row);
}

/** Deletes a project and everything in it (specs, auth configs, connections, flows, executions). */
export async function deleteProject(projectId: string): Promise<void> {
  const { count } = await db().project.deleteMany({ where: { id: projectId } });
  if (count === 0) throw notFound(`Project ${projectId}`);
}

export async function setProjectLogo(projectId: string, bytes: Uint8Array): Promise<ProjectView> {
  const mime = checkLogo(bytes);
  await getProject(projectId);
  const row = await db().project.update({
    where: { id: projectId },
    data: { logo: Uint8Array.from(bytes), logoMime: mime },
    select: SELECT,
  });
  return view(row);
}

export async function getProjectLogo(projectId: string): Promise<{ bytes: Uint8Array; mime: string }> {
  const row = await db().project.findUnique({ where: { id: projectId }, select: { logo: true, logoMime: true } });
  if (!row) throw notFound(`Project ${projectId}`);
  if (!row.logo || !row.logoMime) throw notFound(`Logo of project ${projectId}`);
  return { bytes: row.logo, mime: row.logoMime };
}

export async function linkProject(projectId: string, oinAppId: unknown): Promise<ProjectView> {
  if (typeof oinAppId !== "string" || !oinAppId) {
    throw new AppError("invalid_input", "Choose an OIN app to link", [
      { message: "Choose an OIN app to link", location: { field: "oinAppId" } },
    ]);
  }
  await getProject(projectId);
  const app = await db().oinApp.findUnique({ where: { id: oinAppId }, select: { id: true } });
  if (!app) throw notFound(`OIN app ${oinAppId}`);
  const row = await db().project.update({ where: { id: projectId }, data: { oinAppId }, select: SELECT });
  return view(row);
}

/** Unlinks the OIN app: its tenant variables are no longer available to auth and action configuration. */
export async function unlinkProject(projectId: string): Promise<ProjectView> {
  await getProject(projectId);
  const row = await db().project.update({ where: { id: projectId }, data: { oinAppId: null }, select: SELECT });
  return view(row);
}
