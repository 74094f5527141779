import { notFound } from "next/navigation";
import { listConnections } from "@/lib/connections/store";
import { listActions } from "@/lib/project-actions/service";
import { ActionPanel } from "./ActionPanel";

export const dynamic = "force-dynamic";

export default async function ActionPage({
  params,
  searchParams,
}: {
  params: Promise<{ projectId: string; contract: string }>;
  searchParams: Promise<{ tab?: string }>;
}) {
  const { projectId, contract } = await params;
  const { tab } = await searchParams;
  const name = decodeURIComponent(contract);
  const [actions, connections] = await Promise.all([listActions(projectId), listConnections(projectId)]);
  const action = actions.find((entry) => entry.contract === name);
  if (!action) notFound();
  return (
    <ActionPanel
      projectId={projectId}
      action={action}
      tab={tab === "tests" ? "tests" : "flows"}
      connections={connections.map((connection) => ({ id: connection.id, name: connection.config.name }))}
    />
  );
}
