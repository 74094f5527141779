// The Authentication tab: auth configurations and their mapping to the linked OIN app's tenant variables.
import { oauthCallbackUrl } from "@/lib/oauth/connect";
import { AuthenticationTab } from "./AuthenticationTab";
import { pageActor } from "@/app/components/page-actor";

export const dynamic = "force-dynamic";

export default async function AuthenticationPage({ params }: { params: Promise<{ projectId: string }> }) {
  await pageActor();
  const { projectId } = await params;
  return <AuthenticationTab projectId={projectId} redirectUri={oauthCallbackUrl()} />;
}
