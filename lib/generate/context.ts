// What the core-flow generators know about a project: derived once from the spec index and auth configuration.
import type { AuthConfiguration } from "../auth/model";
import { AUTHPING_NAME } from "../flow/model";
import type { SpecIndex } from "../spec/types";
import { chooseAuthpingOperation, type PingChoice, type PingOperation } from "./ping";

export const HTTP_HELPER_NAME = "httpHelper";
export const CUSTOM_API_ACTION_NAME = "Custom API Action";

export const CORE_FLOWS = ["httpHelper", "authping", "customApiAction"] as const;
export type CoreFlowId = (typeof CORE_FLOWS)[number];

export const CORE_FLOW_NAMES: Record<CoreFlowId, string> = {
  httpHelper: HTTP_HELPER_NAME,
  authping: AUTHPING_NAME,
  customApiAction: CUSTOM_API_ACTION_NAME,
};

export const CORE_FLOW_TITLES: Record<CoreFlowId, string> = {
  httpHelper: "HTTP Helper",
  authping: "Authping",
  customApiAction: "Custom API Action",
};

export interface CoreFlowContext {
  apiTitle: string;
  /** "auth configuration "X" (bearer)" or "no auth configuration". */
  authDescription: string;
  /** The spec server the connection's base URL comes from. */
  serverDescription: string;
  serverUrl?: string;
  authConfigName?: string;
  ping: PingChoice;
  /** The operation `_authping` calls: the user's pick, else the chosen one (absent: none suitable). */
  pingOperation?: PingOperation;
}

/** `pingOverride` is the operation the user picked instead of the suggested one. */
export function coreFlowContext(
  index: SpecIndex,
  auth?: AuthConfiguration,
  pingOverride?: { path: string; query?: Record<string, string> },
): CoreFlowContext {
  const ping = chooseAuthpingOperation(index, auth?.sourceScheme);
  const serverUrl = index.servers[0]?.url;
  const variables = Object.keys(index.servers[0]?.variables ?? {});
  const pingOperation = pingOverride
    ? {
        method: "GET" as const,
        path: pingOverride.path,
        query: pingOverride.query ?? {},
        reason: "picked by the user",
      }
    : ping.choice;
  return {
    apiTitle: index.title,
    authDescription: auth ? `auth configuration "${auth.name}" (${auth.type})` : "no auth configuration",
    serverDescription: serverUrl
      ? `the spec's server ${serverUrl}${variables.length ? ` with server variables ${variables.join(", ")} as connection parameters` : ""}`
      : "the connection's server (the spec declares none)",
    serverUrl,
    authConfigName: auth?.name,
    ping,
    pingOperation,
  };
}
