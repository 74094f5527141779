// Creating a project as someone: a builder who creates a project holds its admin role, so they can go on working on
// it; owners and admins hold every project role already.
import type { Actor } from "../accounts/actor";
import { AppError } from "../errors";
import { createProject } from "../projects/service";
import { grantRole } from "./grants";
import { holdsEveryRole, mayCreate } from "./policy";

export async function createProjectAs(payload: unknown, options: { actor?: Actor } = {}) {
  const { actor } = options;
  const decision = mayCreate(actor);
  if (!decision.allowed) throw new AppError("forbidden", decision.message);
  const project = await createProject(payload);
  if (actor && !holdsEveryRole(actor)) await grantRole(project.id, "admin", actor);
  return project;
}
