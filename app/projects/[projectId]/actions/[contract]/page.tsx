import { notFound } from "next/navigation";
import { listConnections } from "@/lib/connections/store";
import { findContract } from "@/lib/contracts/catalog";
import { sampleInputs } from "@/lib/project-actions/documents";
import { listActions } from "@/lib/project-actions/service";
import { ActionPanel } from "./ActionPanel";
import { pageActor } from "@/app/components/page-actor";

export const dynamic = "force-dynamic";

export default async function ActionPage({
  params,
  searchParams,
}: {
  params: Promise<{ projectId: string; contract: string }>;
  searchParams: Promise<{ tab?: string }>;
}) {
  await pageActor();
  const { projectId, contract } = await params;
  const { tab } = await searchParams;
  const name = decodeURIComponent(contract);
  const [actions, connections] = await Promise.all([listActions(projectId), listConnections(projectId)]);
  const action = actions.find((entry) => entry.contract === name);
  const contractEntry = findContract(name);
  if (!action || !contractEntry) notFound();
  return (
    <ActionPanel
      projectId={projectId}
      action={action}
      tab={tab === "tests" ? "tests" : "flows"}
      sampleInputs={sampleInputs(contractEntry)}
      inputSchema={contractEntry.input}
      connections={connections.map((connection) => ({ id: connection.id, name: connection.config.name }))}
    />
  );
}
