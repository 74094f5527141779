// A connection: what flows run against. This is the Advanced JSON view's document.
import type { AuthTypeId } from "../auth/model";

export interface ServerSettings {
  protocol: "http" | "https";
  /** May hold `{variable}` placeholders filled from connection parameters (spec server variables). */
  host: string;
  port?: number;
  basePath?: string;
  version?: string;
}

export interface ProxySettings {
  mode: "direct" | "proxy";
  host?: string;
  port?: number;
  auth: { mode: "none" | "basic"; username?: string; password?: string };
}

export interface ConnectionConfig {
  name: string;
  authConfigId?: string;
  server: ServerSettings;
  /** Values of connection parameters: credentials, extra parameters, server variables. */
  parameters: Record<string, string>;
  /** Values of the linked OIN app's tenant variables, for parameters mapped to them. */
  tenantVariables: Record<string, string>;
  tls: { enabled: boolean; rejectUnauthorized: boolean };
  timeoutMs: number;
  proxy: ProxySettings;
}

/** OAuth tokens of a connection: from Connect (authorization code) or a refresh. `expiresAt` is epoch ms. */
export interface OAuthTokens {
  accessToken: string;
  refreshToken?: string;
  expiresAt?: number;
}

/** A config value computed by running the helper flow `flow` of the same project or bundle. */
export interface HelperConfigValue {
  label: string;
  key: string;
  flow: string;
  type: "text" | "password";
}

/** Everything the HTTP runtime needs, with secrets in clear: never stored, logged or traced. */
export interface ResolvedConnection {
  baseUrl: string;
  auth: { type: AuthTypeId | "none"; settings: Record<string, unknown>; values: Record<string, string> };
  /** Custom-auth and extra parameters sent on every request. */
  sentParameters: { in: "header" | "query" | "cookie"; name: string; value: string }[];
  tls: { enabled: boolean; rejectUnauthorized: boolean };
  timeoutMs: number;
  proxy: ProxySettings;
  /** Origins (scheme://host[:port]) that may receive the connection's secrets: base URL and auth endpoints. */
  allowedHosts: string[];
  /** Every secret value, for redaction of traces and logs. */
  secretValues: string[];
  /** Parameter values by key, for `connectionParam` bindings. */
  parameters: Record<string, string>;
  /** Tenant variable values by name, for `tenantVar` bindings. */
  tenantVariables: Record<string, string>;
  /**
   * Config values whose value a helper flow computes at run time (lib/flows/config-values.ts); until then they are
   * missing from `auth.values` and `parameters`.
   */
  helperConfigValues?: HelperConfigValue[];
  /**
   * Called with every token set the OAuth runtime obtains (proactive refresh, refresh after a 401), before it is used,
   * so a rotated refresh token outlives the process. `resolveConnection` saves them to the connection's sealed tokens.
   */
  onTokens?: (tokens: OAuthTokens) => Promise<void>;
  /**
   * Called when the token endpoint refuses (4xx, e.g. invalid_grant) the refresh of an authorization code connection,
   * with the refusal in a few words (no secrets): only a new Connect can help. `resolveConnection` marks the status.
   */
  onTokensRejected?: (reason: string) => Promise<void>;
}

/** Stored secrets an update dropped because the connection now points elsewhere; the user enters them again. */
export interface ClearedSecrets {
  /** The cleared fields: parameter keys, tenant variable names, "proxy.password". */
  fields: string[];
  reason: string;
}

export interface ConnectionTestResult {
  working: boolean;
  message: string;
  testedAt: string;
}

export interface ConnectionView {
  id: string;
  /** Secrets replaced by SECRET_MASK. */
  config: ConnectionConfig;
  /** Authorization code connections only: whether Connect obtained tokens, and until when the access token is valid. */
  oauth?: TokenStatus;
  /** Where requests go, server variables filled (absent when a value is missing: see `baseUrlProblem`). */
  baseUrl?: string;
  baseUrlProblem?: string;
  /** The last Test connection: its verdict, message and when it ran. */
  lastTest?: ConnectionTestResult;
  createdAt: string;
  updatedAt: string;
}

/** What the Connections UI shows of an authorization code connection: never a token. */
export interface TokenStatus {
  connected: boolean;
  /** When Connect last succeeded (ISO). */
  connectedAt?: string;
  /** When the current access token expires (ISO), when the server said. */
  expiresAt?: string;
  /** Whether the runtime can renew the access token without the user (a refresh token is stored). */
  refreshable?: boolean;
  /** The token endpoint refused a refresh (e.g. revoked refresh token): the user should Connect again. */
  needsReconnect?: boolean;
  /** Why, as the token endpoint said it ("400 invalid_grant (…)"); never a token. */
  reconnectReason?: string;
}
