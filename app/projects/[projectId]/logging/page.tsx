import { recentProjectLogLines } from "@/lib/project-log/lines";
import { getProjectLogging } from "@/lib/project-log/settings";
import { LoggingTab } from "./LoggingTab";

export const dynamic = "force-dynamic";

export default async function LoggingPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  return (
    <LoggingTab
      projectId={projectId}
      initialSettings={await getProjectLogging(projectId)}
      initialLines={await recentProjectLogLines(projectId)}
    />
  );
}
