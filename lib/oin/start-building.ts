// "Save and start building": saves the OIN app, then opens a project linked to it (creating one the first time).
import { bodyObject, optionalStringField } from "../body";
import { createProject, getProject } from "../projects/service";
import type { ProjectView } from "../projects/model";
import type { OinAppView } from "./model";
import { createOinApp, getOinAppLogo, updateOinApp } from "./service";

/**
 * `onProjectCreated` runs once the project is created (not when one was linked already): its creator's grant.
 * `createdById` names the creator of a new app.
 */
export async function saveAndStartBuilding(
  payload: unknown,
  oinAppId?: string,
  options: { onProjectCreated?: (project: ProjectView) => Promise<void>; createdById?: string } = {},
): Promise<{ oinApp: OinAppView; project: ProjectView }> {
  const oinApp = oinAppId
    ? await updateOinApp(oinAppId, payload)
    : await createOinApp(payload, { createdById: options.createdById });
  const linked = oinApp.projects[0];
  if (linked) return { oinApp, project: await getProject(linked.id) };
  const logo = oinApp.hasLogo ? await getOinAppLogo(oinApp.id) : undefined;
  const project = await createProject(
    { name: oinApp.displayName, description: oinApp.description },
    { oinAppId: oinApp.id, logo },
  );
  await options.onProjectCreated?.(project);
  return { oinApp: { ...oinApp, projects: [{ id: project.id, name: project.name }] }, project };
}

/** The route's body: the OIN app payload, plus `oinAppId` when it updates an existing app. */
export function parseStartBuilding(input: unknown): { payload: unknown; oinAppId?: string } {
  const body = bodyObject(input);
  return { payload: body, oinAppId: optionalStringField(body, "oinAppId", "the OIN app to update") };
}
