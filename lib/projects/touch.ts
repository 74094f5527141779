// A project's "Last updated" moves with every edit of what it holds: spec, auth configurations, connections, flows.
// An edit also returns a submitted OIN app to Draft: the submission no longer describes the integration.
import "server-only";
import type { db } from "../db/client";

/** An OIN app's status until it is submitted, and again once what it submitted is edited. */
export const DRAFT_STATUS = "DRAFT";

type ProjectWriter = Pick<ReturnType<typeof db>, "project" | "oinApp">;

export async function touchProject(client: ProjectWriter, projectId: string): Promise<void> {
  await client.project.update({ where: { id: projectId }, data: { updatedAt: new Date() } });
  await client.oinApp.updateMany({
    where: { status: { not: DRAFT_STATUS }, projects: { some: { id: projectId } } },
    data: { status: DRAFT_STATUS },
  });
}
