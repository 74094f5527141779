// What a manifest entry asks of the caller, asked: the instance permission (401 without an actor, 403 naming it),
// then the policy of what the path names (a project, or the project holding a flow or connection; an OIN app).
import { requireOinAppPermission } from "../access/oin-app-access";
import { requireProjectPermission } from "../access/grants";
import { projectIdOf } from "../access/target";
import type { ProjectGrant } from "../access/run-guard";
import type { Actor } from "../accounts/actor";
import { requirePermission } from "../accounts/policy";
import { AppError } from "../errors";
import type { GuardedRouteEntry } from "./manifest";

/** The caller, and the project check the route made (a run reuses it instead of asking again). */
export interface RouteAuthorization {
  actor: Actor;
  project?: ProjectGrant;
}

export async function authorizeRoute(
  caller: Actor | undefined,
  entry: GuardedRouteEntry,
  params: Record<string, string>,
): Promise<RouteAuthorization> {
  const actor = requirePermission(caller, entry.permission);
  const scope = entry.scope;
  if (scope?.resource === "project") {
    const access = await requireProjectPermission(actor, await projectIdOf(params), scope.action);
    return { actor, project: { access, action: scope.action } };
  }
  if (scope?.resource === "oinApp") {
    if (params.oinAppId === undefined) throw new AppError("internal", "An OIN app route's path names no oinAppId");
    await requireOinAppPermission(actor, params.oinAppId, scope.action);
  }
  return { actor };
}
