// The tenant variables a project can use (auth mapping, flow scope as `app.<name>`): its linked OIN app's, or none.
import "server-only";
import { db } from "../db/client";
import { notFound } from "../errors";
import type { OinVariable } from "./model";

export type TenantVariables =
  | { linked: true; oinAppId: string; variables: OinVariable[] }
  | { linked: false; oinAppId: null; variables: []; reason: "not linked" };

export async function tenantVariablesFor(projectId: string): Promise<TenantVariables> {
  const project = await db().project.findUnique({
    where: { id: projectId },
    select: {
      oinApp: {
        select: { id: true, variables: { orderBy: { position: "asc" }, select: { label: true, name: true } } },
      },
    },
  });
  if (!project) throw notFound(`Project ${projectId}`);
  if (!project.oinApp) return { linked: false, oinAppId: null, variables: [], reason: "not linked" };
  return { linked: true, oinAppId: project.oinApp.id, variables: project.oinApp.variables };
}
