// Authentication configurations (design time, per project) and the shape every auth type definition has.
import type { ProblemDetail } from "../errors";
import type { ConnectionParameter } from "./mapping";

export const AUTH_TYPE_IDS = [
  "basic",
  "custom",
  "bearer",
  "apiKeyDynamic",
  "oauth2ClientCredentials",
  "oauth2Password",
  "oauth2AuthorizationCode",
  "openIdConnect",
  "awsSigV4",
  "mutualTls",
] as const;
export type AuthTypeId = (typeof AUTH_TYPE_IDS)[number];

/** A form field of an auth type: a design-time setting or a per-connection credential. */
export interface AuthFieldDef {
  key: string;
  label: string;
  kind: "text" | "password" | "url" | "select" | "scopes" | "pem" | "boolean";
  required?: boolean;
  options?: string[];
  default?: unknown;
  help?: string;
  /** Stored encrypted and masked (password fields are always secret; e.g. a PEM private key sets this). */
  secret?: boolean;
  /** An endpoint of an OAuth/OIDC/token exchange: must be absolute and HTTPS (plain HTTP only on loopback). */
  endpoint?: boolean;
}

/** One definition per auth type: it drives the form, validation, storage and (by id) the runtime. */
export interface AuthTypeDefinition {
  id: AuthTypeId;
  label: string;
  help: string;
  /** Settings of the configuration (token URL, scopes, region...). */
  settings: AuthFieldDef[];
  /** Values each connection fills (username, password, token, client id/secret...). */
  credentials: AuthFieldDef[];
}

/** An extra connection parameter (Connector Builder "Parameters"). */
export interface AuthParameter {
  label: string;
  key: string;
  type: "text" | "password" | "dropdown";
  values?: string[];
  /** Custom auth: where the parameter is sent. */
  in?: "header" | "query" | "cookie";
  /** The header, query or cookie name when it differs from `key`. */
  name?: string;
  /** Text sent before the value (e.g. "SSWS "). */
  prefix?: string;
}

/** A Connector Builder "Config Value": static, or computed by a helper flow. */
export interface AuthConfigValue {
  label: string;
  key: string;
  source: { kind: "static"; value: string } | { kind: "helperFlow"; flow: string };
  type: "text" | "password";
  visible: boolean;
}

export interface AuthConfiguration {
  id?: string;
  name: string;
  type: AuthTypeId;
  settings: Record<string, unknown>;
  parameters: AuthParameter[];
  configValues: AuthConfigValue[];
  /** Connection parameter key -> tenant variable name of the linked OIN app. */
  mapping: Record<string, string>;
  /** Set when generated from a security scheme: "<scheme>" or "<scheme>/<oauth flow>". */
  sourceScheme?: string;
  warnings?: string[];
}

/** What generation did with one security scheme (or one flow of it). */
export interface GenerationNote {
  scheme: string;
  /** "apiKey:header", "http:basic", "oauth2:clientCredentials", "openIdConnect", "mutualTLS"... */
  kind: string;
  /** The sourceScheme of the configuration it produced; absent when nothing was generated. */
  sourceScheme?: string;
  generated: boolean;
  message?: string;
}

export interface GenerationResult {
  configurations: AuthConfiguration[];
  notes: GenerationNote[];
}

export interface AuthMappingView {
  linked: boolean;
  /** Why mapping is unavailable, when it is. */
  reason?: string;
  tenantVariables: { label: string; name: string }[];
  /** The OIN app's authentication variables as mapping targets, named `auth.<name>`. */
  authVariables: { label: string; name: string }[];
  configurations: {
    id: string;
    name: string;
    parameters: ConnectionParameter[];
    mapping: Record<string, string>;
    problems: ProblemDetail[];
  }[];
}
