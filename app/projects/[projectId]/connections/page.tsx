// The Connections tab: connections flows run against, built from auth configurations.
import { ConnectionsTab } from "./connections-tab";

export const dynamic = "force-dynamic";

export default async function ConnectionsPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  return <ConnectionsTab projectId={projectId} />;
}
