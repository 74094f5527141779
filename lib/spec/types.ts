// The compact index of an OpenAPI document: what the product needs, never the dereferenced tree.
import type { ProblemDetail } from "../errors";

export type HttpMethod = "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace" | "query";

export interface ServerVariableIndex {
  default: string;
  enum?: string[];
  description?: string;
}

export interface ServerIndex {
  url: string;
  description?: string;
  variables: Record<string, ServerVariableIndex>;
}

export interface OAuthFlowIndex {
  flow: "implicit" | "password" | "clientCredentials" | "authorizationCode" | "deviceAuthorization";
  authorizationUrl?: string;
  /** OAS 3.2 device authorization flow. */
  deviceAuthorizationUrl?: string;
  tokenUrl?: string;
  refreshUrl?: string;
  scopes: Record<string, string>;
}

export interface SecuritySchemeIndex {
  name: string;
  type: string; // apiKey | http | oauth2 | openIdConnect | mutualTLS (as written, lower-cased)
  description?: string;
  in?: "header" | "query" | "cookie";
  paramName?: string;
  /** http scheme, lower-cased (case-insensitive per RFC 7235). */
  scheme?: string;
  bearerFormat?: string;
  flows?: OAuthFlowIndex[];
  openIdConnectUrl?: string;
}

/** One alternative of a security requirement: all schemes in it apply together (AND). */
export type SecurityRequirementIndex = Record<string, string[]>;

export interface ParameterIndex {
  name: string;
  in: "path" | "query" | "header" | "cookie" | "querystring";
  required: boolean;
  /** The schema as written (a `$ref` stays a `$ref`). */
  schema?: unknown;
  /** A hint only: the first sentence of the description, at most 120 characters (cut with "…"). */
  description?: string;
}

export interface OperationIndex {
  method: HttpMethod;
  path: string;
  operationId?: string;
  summary?: string;
  tags: string[];
  deprecated?: boolean;
  parameters: ParameterIndex[];
  requestBody?: { required: boolean; contentTypes: string[] };
  responses: { status: string; contentTypes: string[] }[];
  /** Effective requirement alternatives (OR): per-operation `security` wins over global; [] = none. */
  security: SecurityRequirementIndex[];
  /** True when `security` came from the operation itself. */
  securityOverridden: boolean;
  /** Operation- or path-level `servers`, when present. */
  servers?: ServerIndex[];
}

export interface SpecIndex {
  oasVersion: string;
  title: string;
  version: string;
  description?: string;
  servers: ServerIndex[];
  securitySchemes: SecuritySchemeIndex[];
  globalSecurity: SecurityRequirementIndex[];
  operations: OperationIndex[];
  webhooks: { name: string; method: HttpMethod; operationId?: string; summary?: string }[];
}

export interface IngestSuccess {
  ok: true;
  format: "json" | "yaml";
  index: SpecIndex;
  warnings: ProblemDetail[];
}

export interface IngestFailure {
  ok: false;
  errors: ProblemDetail[];
}

export type IngestResult = IngestSuccess | IngestFailure;
