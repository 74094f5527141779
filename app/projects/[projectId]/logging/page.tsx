import { recentProjectLogLines } from "@/lib/project-log/lines";
import { getProjectLogging } from "@/lib/project-log/settings";
import { LoggingTab } from "./LoggingTab";
import { pageActor } from "@/app/components/page-actor";

export const dynamic = "force-dynamic";

export default async function LoggingPage({ params }: { params: Promise<{ projectId: string }> }) {
  await pageActor();
  const { projectId } = await params;
  return (
    <LoggingTab
      projectId={projectId}
      initialSettings={await getProjectLogging(projectId)}
      initialLines={await recentProjectLogLines(projectId)}
    />
  );
}
