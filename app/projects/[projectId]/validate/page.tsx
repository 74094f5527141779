// The Validate and submit tab: every rule over the project, the certification run, then on to the OIN submission.
import { listConnections } from "@/lib/connections/store";
import { listFlows } from "@/lib/flows/store";
import { getProject } from "@/lib/projects/service";
import { ValidateTab } from "./ValidateTab";
import { pageActor } from "@/app/components/page-actor";

export const dynamic = "force-dynamic";

export default async function ValidatePage({ params }: { params: Promise<{ projectId: string }> }) {
  await pageActor();
  const { projectId } = await params;
  const [project, flows, connections] = await Promise.all([
    getProject(projectId),
    listFlows(projectId),
    listConnections(projectId),
  ]);
  return (
    <ValidateTab
      projectId={projectId}
      oinAppId={project.oinApp?.id}
      flows={flows.map((flow) => ({ id: flow.id, name: flow.name }))}
      connections={connections.map((connection) => ({ id: connection.id, name: connection.config.name }))}
    />
  );
}
