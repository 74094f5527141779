// Short texts for bindings and values, as the canvas shows them in input fields.
import { EVENT_CARD_ID, type Binding, type Card } from "@/lib/flow/model";
import { cardTitle } from "./cards";

export function describeBinding(binding: Binding | undefined, cards: Map<string, Card>): string {
  if (!binding) return "";
  switch (binding.kind) {
    case "literal":
      return typeof binding.value === "string" ? binding.value : JSON.stringify(binding.value);
    case "ref": {
      const source =
        binding.card === EVENT_CARD_ID
          ? "Event"
          : cards.get(binding.card)
            ? cardTitle(cards.get(binding.card)!)
            : binding.card;
      return `${source} › ${binding.path.join(".")}`;
    }
    case "tenantVar":
      return `Tenant › ${binding.name}`;
    case "connectionParam":
      return `Connection › ${binding.name}`;
  }
}

export function formatDuration(ms: number | undefined): string {
  if (ms === undefined) return "";
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`;
}
