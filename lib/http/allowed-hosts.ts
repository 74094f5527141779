// Credentials only go where the connection allows: the base URL's host and `allowedHosts`.
import type { ResolvedConnection } from "../connections/model";
import { HttpPreflightError } from "./errors";
import { hostWithPort } from "./url";

/** Hosts (`host:port`) allowed to receive the connection's secrets, or undefined when it carries none. */
export function secretReceivers(connection: ResolvedConnection): Set<string> | undefined {
  if (connection.auth.type === "none" && connection.secretValues.length === 0) return undefined;
  const base = new URL(connection.baseUrl);
  const hosts = new Set([hostWithPort(base)]);
  for (const entry of connection.allowedHosts) {
    const normalized = entry.trim().toLowerCase();
    if (normalized) hosts.add(normalized);
  }
  return hosts;
}

export function assertHostAllowed(url: URL, receivers: Set<string> | undefined): void {
  if (!receivers) return;
  const host = hostWithPort(url);
  // An entry without a port stands for the default port of the request's scheme.
  if (receivers.has(host) || (url.port === "" && receivers.has(url.hostname.toLowerCase()))) return;
  const allowed = [...receivers].join(", ");
  throw new HttpPreflightError(`refusing to send the connection's credentials to ${host}; allowed hosts: ${allowed}`);
}
