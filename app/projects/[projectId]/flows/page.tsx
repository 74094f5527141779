import { listFlows } from "@/lib/flows/store";
import { FlowsPanel } from "./FlowsPanel";

export const dynamic = "force-dynamic";

export default async function FlowsPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  return <FlowsPanel projectId={projectId} flows={await listFlows(projectId)} />;
}
