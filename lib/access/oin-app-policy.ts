// The policy for OIN apps (docs/access.md), the same as for projects: an app linked to projects is governed by
// their roles (changing or deleting it changes each of them), an unlinked app by the user who created it; instance
// owners and admins may do anything, viewers only read. Pure: lib/access/oin-app-access.ts reads the facts.
import type { Actor } from "../accounts/actor";
import { type Decision, holdsEveryRole, type ProjectAccess, projectPermission } from "./policy";

export const OIN_APP_ACTIONS = ["read", "change", "delete"] as const;
export type OinAppAction = (typeof OIN_APP_ACTIONS)[number];

/** An OIN app as the policy sees it: its name, its creator (null: unknown) and the projects linked to it. */
export interface OinAppAccess {
  id: string;
  name: string;
  createdById: string | null;
  projects: readonly ProjectAccess[];
}

const DOING: Record<Exclude<OinAppAction, "read">, string> = { change: "Changing", delete: "Deleting" };

export function oinAppPermission(actor: Actor | undefined, app: OinAppAccess, action: OinAppAction): Decision {
  if (action === "read" || holdsEveryRole(actor)) return { allowed: true };
  const who = actor!;
  const doing = `${DOING[action]} OIN app ${app.name}`;
  if (who.role === "viewer")
    return { allowed: false, message: `${doing} is not open to ${who.email}: a viewer can only read` };
  if (app.projects.length === 0) {
    if (app.createdById !== null && app.createdById === who.userId) return { allowed: true };
    return { allowed: false, message: `${doing} is for the user who created it, an instance owner or an admin` };
  }
  for (const project of app.projects) {
    const decision = projectPermission(actor, project, action);
    if (!decision.allowed)
      return { ...decision, message: `${doing} changes its project ${project.name}: ${decision.message}` };
  }
  return { allowed: true };
}
