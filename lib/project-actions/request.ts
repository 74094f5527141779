// Reading the optional text fields of a request body, with the field named when one is not text.
import { invalid } from "../errors";

export function optionalText(body: Record<string, unknown>, field: string): string | undefined {
  const value = body[field];
  if (value === undefined || value === null || value === "") return undefined;
  if (typeof value !== "string") throw invalid(`${field} must be text`, { field });
  return value;
}
