// Asking the OIN app policy about a stored app, and the calls that need it beyond the route's own check: linking a
// project to an app (change rights on both) and creating an app as someone (its creator).
import "server-only";
import type { Actor } from "../accounts/actor";
import { db } from "../db/client";
import { AppError, notFound } from "../errors";
import { createOinApp } from "../oin/service";
import { linkProject } from "../projects/service";
import { heldRoles } from "./grants";
import { type OinAppAccess, type OinAppAction, oinAppPermission } from "./oin-app-policy";

export async function oinAppAccess(actor: Actor | undefined, oinAppId: string): Promise<OinAppAccess> {
  const row = await db().oinApp.findUnique({
    where: { id: oinAppId },
    select: { id: true, displayName: true, createdById: true, projects: { select: { id: true, name: true } } },
  });
  if (!row) throw notFound(`OIN app ${oinAppId}`);
  const projects = await Promise.all(
    row.projects.map(async (project) => ({ ...project, held: await heldRoles(actor, project.id) })),
  );
  return { id: row.id, name: row.displayName, createdById: row.createdById, projects };
}

/** The app as the policy sees it, once the action is allowed; a 403 naming what is missing otherwise. */
export async function requireOinAppPermission(
  actor: Actor | undefined,
  oinAppId: string,
  action: OinAppAction,
): Promise<OinAppAccess> {
  const access = await oinAppAccess(actor, oinAppId);
  const decision = oinAppPermission(actor, access, action);
  if (!decision.allowed) throw new AppError("forbidden", decision.message);
  return access;
}

/** Creates an OIN app whose creator is the actor (none for local `ib`). */
export function createOinAppAs(payload: unknown, options: { actor?: Actor } = {}) {
  return createOinApp(payload, { createdById: options.actor?.userId });
}

/** Links a project to an app: the route has checked the project; the app is checked here, since the body names it. */
export async function linkProjectAs(projectId: string, oinAppId: unknown, options: { actor?: Actor } = {}) {
  if (typeof oinAppId === "string" && oinAppId) await requireOinAppPermission(options.actor, oinAppId, "change");
  return linkProject(projectId, oinAppId);
}
