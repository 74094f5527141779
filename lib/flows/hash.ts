// A flow's content fingerprint: tells a generated flow the user has edited from one still as generated.
import { createHash } from "node:crypto";
import type { Flow } from "../flow/model";

/** JSON with object keys sorted, so equal documents always hash equal. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/** Hash of everything the user can change; the save counter (`version`) is left out. */
export function flowContentHash(flow: Flow): string {
  const { version: _version, ...content } = flow;
  return createHash("sha256").update(canonical(content)).digest("hex");
}
