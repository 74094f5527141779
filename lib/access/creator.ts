// Creating a project as someone: a builder who creates a project holds its admin role, so they can go on working on
// it; owners and admins hold every project role already.
import type { Actor } from "../accounts/actor";
import { AppError } from "../errors";
import { saveAndStartBuilding } from "../oin/start-building";
import { createProject } from "../projects/service";
import { grantRole } from "./grants";
import { requireOinAppPermission } from "./oin-app-access";
import { holdsEveryRole, mayCreate } from "./policy";

async function grantCreator(actor: Actor | undefined, projectId: string): Promise<void> {
  if (actor && !holdsEveryRole(actor)) await grantRole(projectId, "admin", actor);
}

export async function createProjectAs(payload: unknown, options: { actor?: Actor } = {}) {
  const { actor } = options;
  const decision = mayCreate(actor);
  if (!decision.allowed) throw new AppError("forbidden", decision.message);
  const project = await createProject(payload);
  await grantCreator(actor, project.id);
  return project;
}

/**
 * Save and start building: the project created the first time is its creator's, as with createProjectAs; a new app
 * is the actor's too, and an existing one is saved only with the right to change it.
 */
export async function startBuildingAs(payload: unknown, oinAppId?: string, options: { actor?: Actor } = {}) {
  const { actor } = options;
  const decision = mayCreate(actor);
  if (!decision.allowed) throw new AppError("forbidden", decision.message);
  if (oinAppId) await requireOinAppPermission(actor, oinAppId, "change");
  return saveAndStartBuilding(payload, oinAppId, {
    onProjectCreated: (project) => grantCreator(actor, project.id),
    createdById: actor?.userId,
  });
}
