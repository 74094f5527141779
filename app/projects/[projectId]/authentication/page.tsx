// The Authentication tab: auth configurations and their mapping to the linked OIN app's tenant variables.
import { headers } from "next/headers";
import { AuthenticationTab } from "./AuthenticationTab";

export const dynamic = "force-dynamic";

export default async function AuthenticationPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const requestHeaders = await headers();
  const origin = `${requestHeaders.get("x-forwarded-proto") ?? "http"}://${requestHeaders.get("host") ?? "127.0.0.1"}`;
  return <AuthenticationTab projectId={projectId} redirectUri={`${origin}/api/oauth/callback`} />;
}
