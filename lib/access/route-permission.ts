// The project half of a route's permission: a state-changing request whose path names a project (or a flow or
// connection it holds) asks the project policy, with the action its method and route stand for.
import type { Actor } from "../accounts/actor";
import { requireProjectPermission } from "./grants";
import type { ProjectAction } from "./policy";
import { type PathIds, projectIdOf } from "./target";

/** Requests that compute without changing anything (a plan, a validation): reading is enough. */
const COMPUTES_ONLY = [/\/validate$/, /\/plan$/];

/** Runs: any role of the project opens them; the run then checks each request's verb (certify: the admin role). */
const RUNS = [/\/run$/, /\/test-run$/, /\/connections\/\[connectionId\]\/test$/, /\/actions\/tests$/, /\/certify$/];

/** What a request to the route `pattern` (params by name: "/api/flows/[flowId]/run") asks of its project. */
export function routeProjectAction(method: string, pattern: string): ProjectAction {
  const verb = method.toUpperCase();
  if (verb === "GET" || verb === "HEAD" || verb === "OPTIONS") return "read";
  if (COMPUTES_ONLY.some((shape) => shape.test(pattern))) return "read";
  if (RUNS.some((shape) => shape.test(pattern))) return "run";
  if (pattern.endsWith("/clone")) return "clone";
  return verb === "DELETE" ? "delete" : "change";
}

/** A 403 naming the missing project role when the actor may not do this to the project the path names. */
export async function requireRouteProjectPermission(
  actor: Actor,
  method: string,
  pattern: string,
  ids: PathIds,
): Promise<void> {
  const action = routeProjectAction(method, pattern);
  if (action === "read" || !(ids.projectId || ids.flowId || ids.connectionId)) return;
  await requireProjectPermission(actor, await projectIdOf(ids), action);
}
