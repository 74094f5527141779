// Synthetic flows for the benchmarks: a chain of pure cards, each reading the previous card's output.
import { EVENT_FOR_KIND, FLOW_SCHEMA_VERSION, type Card, type Flow } from "../../lib/flow/model";

const ref = (card: string, key = "output") => ({ kind: "ref" as const, card, path: [key] });
const lit = (value: unknown) => ({ kind: "literal" as const, value });

const NEXT_CARD = [
  (id: string, prev: string): Card => ({ id, type: "number.add", inputs: { a: ref(prev), b: lit(1) } }),
  (id: string, prev: string): Card => ({
    id,
    type: "flow.assign",
    inputs: { output: ref(prev) },
    dynamicInputs: [{ key: "output", type: { type: "number" } }],
  }),
  (id: string, prev: string): Card => ({ id, type: "number.multiply", inputs: { a: ref(prev), b: lit(1) } }),
];

export function pureCards(count: number): Card[] {
  const cards: Card[] = [{ id: "c0", type: "number.add", inputs: { a: ref("event", "n"), b: lit(1) } }];
  for (let index = 1; index < count; index++)
    cards.push(NEXT_CARD[index % NEXT_CARD.length](`c${index}`, `c${index - 1}`));
  return cards;
}

/** A helper flow with input `n` and `count` pure cards. */
export const pureCardFlow = (
  name: string,
  count: number,
  options: { saveAllData?: boolean; enabled?: boolean } = {},
): Flow => ({
  schemaVersion: FLOW_SCHEMA_VERSION,
  name,
  kind: "helper",
  folder: "Shared Folder",
  enabled: options.enabled ?? true,
  saveAllData: options.saveAllData ?? false,
  version: 1,
  event: { type: EVENT_FOR_KIND.helper, options: [], inputs: [{ key: "n", type: { type: "number" } }], outputs: [] },
  cards: pureCards(count),
});
