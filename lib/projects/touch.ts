// A project's "Last updated" moves with every edit of what it holds: spec, auth configurations, connections, flows.
import type { db } from "../db/client";

type ProjectWriter = Pick<ReturnType<typeof db>, "project">;

export async function touchProject(client: ProjectWriter, projectId: string): Promise<void> {
  await client.project.update({ where: { id: projectId }, data: { updatedAt: new Date() } });
}
