import { LOCAL_OWNER } from "@/lib/accounts/local";
import { listApiTokens } from "@/lib/api-tokens/store";
import { TokensSection } from "./TokensSection";

export const dynamic = "force-dynamic";

// Before sign-in exists the page shows the instance's local owner's tokens, as /api/tokens does.
export default async function TokensPage() {
  return <TokensSection initialTokens={await listApiTokens(LOCAL_OWNER)} />;
}
