// What a manifest entry asks of the caller, asked: the instance permission (401 without an actor, 403 naming it),
// then the policy of what the path names (a project, or the project holding a flow or connection; an OIN app).
import { requireOinAppPermission } from "../access/oin-app-access";
import { requireProjectPermission } from "../access/grants";
import { projectIdOf } from "../access/target";
import type { Actor } from "../accounts/actor";
import { requirePermission } from "../accounts/policy";
import { AppError } from "../errors";
import type { GuardedRouteEntry } from "./manifest";

export async function authorizeRoute(
  caller: Actor | undefined,
  entry: GuardedRouteEntry,
  params: Record<string, string>,
): Promise<Actor> {
  const actor = requirePermission(caller, entry.permission);
  const scope = entry.scope;
  if (scope?.resource === "project") await requireProjectPermission(actor, await projectIdOf(params), scope.action);
  if (scope?.resource === "oinApp") {
    if (params.oinAppId === undefined) throw new AppError("internal", "An OIN app route's path names no oinAppId");
    await requireOinAppPermission(actor, params.oinAppId, scope.action);
  }
  return actor;
}
