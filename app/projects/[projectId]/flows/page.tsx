import { listFlows } from "@/lib/flows/store";
import { FlowsPanel } from "./FlowsPanel";
import { pageActor } from "@/app/components/page-actor";

export const dynamic = "force-dynamic";

export default async function FlowsPage({
  params,
  searchParams,
}: {
  params: Promise<{ projectId: string }>;
  searchParams: Promise<{ new?: string; contract?: string }>;
}) {
  await pageActor();
  const { projectId } = await params;
  const { new: newFlow, contract } = await searchParams;
  return (
    <FlowsPanel
      projectId={projectId}
      flows={await listFlows(projectId)}
      startAdding={newFlow !== undefined}
      contract={contract}
    />
  );
}
