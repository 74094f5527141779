// The Connections tab: connections flows run against, built from auth configurations.
import { ConnectionsTab } from "./ConnectionsTab";
import { pageActor } from "@/app/components/page-actor";

export const dynamic = "force-dynamic";

type Search = Record<string, string | string[] | undefined>;

export default async function ConnectionsPage({
  params,
  searchParams,
}: {
  params: Promise<{ projectId: string }>;
  searchParams: Promise<Search>;
}) {
  await pageActor();
  const { projectId } = await params;
  const { connection, oauth, oauthError } = await searchParams;
  // Set by /api/oauth/callback when Connect comes back.
  const connectResult =
    typeof connection === "string" && (oauth === "connected" || typeof oauthError === "string")
      ? {
          connectionId: connection,
          ok: oauth === "connected",
          message: typeof oauthError === "string" ? oauthError : undefined,
        }
      : undefined;
  return <ConnectionsTab projectId={projectId} connectResult={connectResult} />;
}
