// What "Generate authentication configurations" accepts from a route body, checked from `unknown`.
import { bodyObject, optionalStringListField } from "../body";

/** `{ selected?: string[] }`: scheme names or "scheme/flow"; absent means every scheme. */
export function parseAuthGenerateRequest(input: unknown): { selected?: string[] } {
  return { selected: optionalStringListField(bodyObject(input), "selected", "security scheme names") };
}
