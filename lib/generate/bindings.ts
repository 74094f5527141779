// Shorthands the generators build card inputs and fields with.
import { EVENT_CARD_ID, type Binding, type FieldSpec, type ValueType } from "../flow/model";

export const literal = (value: unknown): Binding => ({ kind: "literal", value });
export const fromCard = (card: string, ...path: string[]): Binding => ({ kind: "ref", card, path });
export const fromEvent = (key: string, ...path: string[]): Binding => ({
  kind: "ref",
  card: EVENT_CARD_ID,
  path: [key, ...path],
});

const TYPES = {
  text: { type: "text" },
  number: { type: "number" },
  boolean: { type: "boolean" },
  object: { type: "object" },
} as const satisfies Record<string, ValueType>;

export const fieldOf = (
  key: string,
  type: keyof typeof TYPES,
  extras: Omit<FieldSpec, "key" | "type"> = {},
): FieldSpec => ({
  key,
  type: TYPES[type],
  ...extras,
});

/** What every core flow passes to and gets back from httpHelper. */
export const HTTP_HELPER_INPUTS: FieldSpec[] = [
  fieldOf("relative_url", "text"),
  fieldOf("request_method", "text"),
  fieldOf("query", "object"),
  fieldOf("headers", "object"),
  fieldOf("body", "object"),
];

export const HTTP_HELPER_OUTPUTS: FieldSpec[] = [
  fieldOf("status_code", "number"),
  fieldOf("headers", "object"),
  fieldOf("body", "object"),
];
