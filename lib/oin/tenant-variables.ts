// The tenant variables a project can use (auth mapping, flow scope as `app.<name>`): its linked OIN app's, or none;
// and the app's authentication variables, which auth mapping offers too.
import "server-only";
import { db } from "../db/client";
import { notFound } from "../errors";
import { type OinAuthSettings, type OinVariable, oinAuthVariables } from "./model";

export type TenantVariables =
  | { linked: true; oinAppId: string; variables: OinVariable[]; authVariables: OinVariable[] }
  | { linked: false; oinAppId: null; variables: []; authVariables: []; reason: "not linked" };

export async function tenantVariablesFor(projectId: string): Promise<TenantVariables> {
  const project = await db().project.findUnique({
    where: { id: projectId },
    select: {
      oinApp: {
        select: {
          id: true,
          authSettings: true,
          variables: { orderBy: { position: "asc" }, select: { label: true, name: true } },
        },
      },
    },
  });
  if (!project) throw notFound(`Project ${projectId}`);
  if (!project.oinApp) return { linked: false, oinAppId: null, variables: [], authVariables: [], reason: "not linked" };
  const { id, variables, authSettings } = project.oinApp;
  return {
    linked: true,
    oinAppId: id,
    variables,
    authVariables: oinAuthVariables(JSON.parse(authSettings) as OinAuthSettings),
  };
}
