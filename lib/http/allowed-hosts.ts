// Credentials only go where the connection allows: the base URL's origin and `allowedHosts`. An origin is scheme,
// host and port, so neither another port nor a downgrade from https to http of the same host receives them.
import type { ResolvedConnection } from "../connections/model";
import { HttpPreflightError } from "./errors";

/** Origins allowed to receive the connection's secrets, or undefined when it carries none. */
export function secretReceivers(connection: ResolvedConnection): Set<string> | undefined {
  if (connection.auth.type === "none" && connection.secretValues.length === 0) return undefined;
  const origins = new Set([new URL(connection.baseUrl).origin]);
  for (const entry of connection.allowedHosts) {
    const origin = originOf(entry.trim());
    if (origin) origins.add(origin);
  }
  return origins;
}

function originOf(entry: string): string | undefined {
  try {
    const origin = new URL(entry).origin;
    return origin === "null" ? undefined : origin;
  } catch {
    return undefined;
  }
}

export function assertHostAllowed(url: URL, receivers: Set<string> | undefined): void {
  if (!receivers || receivers.has(url.origin)) return;
  const allowed = [...receivers].join(", ");
  throw new HttpPreflightError(
    `refusing to send the connection's credentials to ${url.origin}; allowed origins: ${allowed}`,
  );
}
