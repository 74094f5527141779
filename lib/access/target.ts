// The project a request is about, from the ids in its path: a route under /api/projects/:projectId names it, one under
// /api/flows/:flowId or /api/connections/:connectionId names something it holds. The policy is then asked about it.
import "server-only";
import { connectionProjectId } from "../connections/store";
import { db } from "../db/client";
import { invalid, notFound } from "../errors";

export interface PathIds {
  projectId?: string;
  flowId?: string;
  connectionId?: string;
}

export async function projectIdOf(ids: PathIds): Promise<string> {
  if (ids.projectId) return ids.projectId;
  if (ids.flowId) {
    const flow = await db().flow.findUnique({ where: { id: ids.flowId }, select: { projectId: true } });
    if (!flow) throw notFound(`Flow ${ids.flowId}`);
    return flow.projectId;
  }
  if (ids.connectionId) return connectionProjectId(ids.connectionId);
  throw invalid("The request names no project, flow or connection");
}
