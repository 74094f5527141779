import { pageActor } from "@/app/components/page-actor";
import { listApiTokens } from "@/lib/api-tokens/store";
import { TokensSection } from "./TokensSection";

export const dynamic = "force-dynamic";

// The signed-in user's own tokens, as /api/tokens lists them.
export default async function TokensPage() {
  return <TokensSection initialTokens={await listApiTokens(await pageActor())} />;
}
