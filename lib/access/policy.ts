// The one policy for projects (docs/access.md): what an actor may do with a project, from its instance role and the
// project roles it holds. Pure: the caller gives the roles held (lib/access/grants.ts reads them).
import type { Actor } from "../accounts/actor";
import { type ProjectRoleKey, roleForMethod, roleName } from "./roles";

/** What an actor may ask of a project. Clone (of a connection) needs create; certify sends every verb its cases need. */
export const PROJECT_ACTIONS = ["read", "change", "clone", "delete", "run", "certify", "manageRoles"] as const;
export type ProjectAction = (typeof PROJECT_ACTIONS)[number];

/** A project as the policy sees it: its name (for messages) and the roles the actor holds in it. */
export interface ProjectAccess {
  id: string;
  name: string;
  held: readonly ProjectRoleKey[];
}

export type Decision = { allowed: true } | { allowed: false; message: string; missingRole?: string };

const ALLOWED: Decision = { allowed: true };

const DOING: Record<Exclude<ProjectAction, "read">, string> = {
  change: "Changing",
  clone: "Cloning in",
  delete: "Deleting from",
  run: "Running the flows of",
  certify: "Certifying",
  manageRoles: "Granting the roles of",
};

/** Instance owners and admins hold every project role; `undefined` is local `ib` on the database file (the owner). */
export function holdsEveryRole(actor: Actor | undefined): boolean {
  return actor === undefined || actor.role === "owner" || actor.role === "admin";
}

/** Whether the actor may create projects (and so clone): every instance role but viewer. */
export function mayCreate(actor: Actor | undefined): Decision {
  if (actor?.role === "viewer")
    return { allowed: false, message: `${actor.email} is a viewer: creating needs the instance role builder or above` };
  return ALLOWED;
}

export function projectPermission(actor: Actor | undefined, project: ProjectAccess, action: ProjectAction): Decision {
  if (action === "read" || holdsEveryRole(actor)) return ALLOWED;
  const who = actor!;
  const doing = `${DOING[action]} project ${project.name}`;
  if (who.role === "viewer")
    return { allowed: false, message: `${doing} is not open to ${who.email}: a viewer can only read` };
  if (project.held.includes("admin")) return ALLOWED;
  if (action === "run" && project.held.length > 0) return ALLOWED;
  const missingRole = roleName(project.name, "admin");
  const needs =
    action === "run"
      ? `a role of the project (its admin role "${missingRole}", or the role of each HTTP verb its flows send)`
      : `the role "${missingRole}"`;
  return { allowed: false, message: `${doing} needs ${needs}`, missingRole };
}

/** Whether a run may send a request with this method through the project's connection. */
export function requestPermission(actor: Actor | undefined, project: ProjectAccess, method: string): Decision {
  const run = projectPermission(actor, project, "run");
  if (!run.allowed) return run;
  const key = roleForMethod(method);
  if (holdsEveryRole(actor) || project.held.includes("admin") || project.held.includes(key)) return ALLOWED;
  const missingRole = roleName(project.name, key);
  return {
    allowed: false,
    message: `Running this flow sends ${method.toUpperCase()} to the API: it needs the role "${missingRole}" of project ${project.name}`,
    missingRole,
  };
}
