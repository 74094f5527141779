// The General tab: the journey checklist, the project's own name, description and logo, and the OIN app it is
// linked to.
import { projectJourney } from "@/lib/journey/service";
import { listOinApps } from "@/lib/oin/service";
import { getProject } from "@/lib/projects/service";
import { GeneralTab } from "./GeneralTab";
import { JourneyChecklist } from "./JourneyChecklist";
import { pageActor } from "@/app/components/page-actor";

export const dynamic = "force-dynamic";

export default async function GeneralPage({ params }: { params: Promise<{ projectId: string }> }) {
  await pageActor();
  const { projectId } = await params;
  const [project, oinApps, journey] = await Promise.all([
    getProject(projectId),
    listOinApps(),
    projectJourney(projectId),
  ]);
  return (
    <>
      <JourneyChecklist steps={journey.steps} />
      <GeneralTab
        project={project}
        oinApps={oinApps.map(({ id, displayName, status }) => ({ id, displayName, status }))}
      />
    </>
  );
}
