// Which project a JSON route is about and what it asks of it, from its method and path, so one call before any
// handler puts every project route under the policy (docs/access.md). Routes about no project (the project list,
// OIN apps, roles, contracts) are left to their own checks.
import type { Actor } from "../accounts/actor";
import { requireProjectPermission } from "./grants";
import type { ProjectAccess, ProjectAction } from "./policy";
import { type PathIds, projectIdOf } from "./target";

/** POST routes that run flows through a connection, by their last path segments. */
const RUNS = ["/run", "/test-run", "/test", "/actions/tests"];
/** POST routes that compute an answer and store nothing. */
const COMPUTES = ["/actions/plan", "/core-flows/plan", "/validate"];

const ID_OF: Record<string, keyof PathIds> = { projects: "projectId", flows: "flowId", connections: "connectionId" };

export interface ProjectRequest {
  ids: PathIds;
  action: ProjectAction;
}

function actionOf(method: string, rest: string): ProjectAction {
  if (method === "GET" || method === "HEAD") return "read";
  if (method === "POST" && RUNS.some((tail) => rest.endsWith(tail))) return "run";
  if (method === "POST" && COMPUTES.some((tail) => rest.endsWith(tail))) return "read";
  if (method === "POST" && rest.endsWith("/certify")) return "certify";
  if (method === "POST" && rest.endsWith("/clone")) return "clone";
  if (method === "DELETE" && rest !== "/link") return "delete";
  return "change";
}

/** The project a route under `/api/` is about and the action it asks, or undefined for a route about no project. */
export function projectRequestOf(method: string, pathname: string): ProjectRequest | undefined {
  const [api, kind, id, ...more] = pathname.split("/").filter(Boolean);
  const key = ID_OF[kind];
  if (api !== "api" || !key || !id) return undefined;
  const rest = more.length ? `/${more.join("/")}` : "";
  return { ids: { [key]: decodeURIComponent(id) }, action: actionOf(method.toUpperCase(), rest) };
}

/** Refuses (403, naming what is missing) a request the actor may not make of its project; undefined when about none. */
export async function authorizeProjectRequest(
  actor: Actor | undefined,
  method: string,
  pathname: string,
): Promise<ProjectAccess | undefined> {
  const request = projectRequestOf(method, pathname);
  if (!request) return undefined;
  return requireProjectPermission(actor, await projectIdOf(request.ids), request.action);
}
