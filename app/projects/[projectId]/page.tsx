// The General tab: the journey checklist, the project's own name, description and logo, and the OIN app it is
// linked to.
import { listOinApps } from "@/lib/oin/service";
import { getProject } from "@/lib/projects/service";
import { GeneralTab } from "./GeneralTab";
import { StreamedJourneyChecklist } from "./JourneyChecklist";
import { pageActor } from "@/app/components/page-actor";

export const dynamic = "force-dynamic";

export default async function GeneralPage({ params }: { params: Promise<{ projectId: string }> }) {
  await pageActor();
  const { projectId } = await params;
  const [project, oinApps] = await Promise.all([getProject(projectId), listOinApps()]);
  return (
    <>
      <StreamedJourneyChecklist projectId={projectId} />
      <GeneralTab
        project={project}
        oinApps={oinApps.map(({ id, displayName, status }) => ({ id, displayName, status }))}
      />
    </>
  );
}
