// Builds the compact SpecIndex from a parsed, ref-checked document: what the product needs, nothing dereferenced.
import type {
  HttpMethod,
  OAuthFlowIndex,
  OperationIndex,
  ParameterIndex,
  SecurityRequirementIndex,
  SecuritySchemeIndex,
  ServerIndex,
  SpecIndex,
} from "./types";
import { followRefs, isObject } from "./pointer";

type Json = Record<string, unknown>;

const METHODS: HttpMethod[] = ["get", "put", "post", "delete", "options", "head", "patch", "trace", "query"];
const PARAMETER_LOCATIONS = new Set(["path", "query", "header", "cookie", "querystring"]);
const OAUTH_FLOWS = new Set(["implicit", "password", "clientCredentials", "authorizationCode", "deviceAuthorization"]);
/** Documentation-only keywords dropped from parameter schemas to keep the index small. */
const SCHEMA_DOC_KEYS = new Set(["description", "example", "examples", "externalDocs"]);
const LITERAL_KEYS = new Set(["enum", "const", "default"]);
const SCHEMA_NAME_MAPS = new Set(["properties", "patternProperties", "$defs", "definitions", "dependentSchemas"]);
/** Parameter descriptions are field hints: long ones made the index of okta-opa a third of the spec's size. */
const PARAMETER_DESCRIPTION_MAX = 120;

export function buildIndex(document: Json): SpecIndex {
  const info = isObject(document.info) ? document.info : {};
  const globalSecurity = securityRequirements(document.security) ?? [];
  const operations: OperationIndex[] = [];
  for (const [path, rawItem] of entries(document.paths)) {
    const item = followRefs(document, rawItem);
    if (!item) continue;
    for (const method of METHODS) {
      if (isObject(item[method]))
        operations.push(operationIndex(document, path, method, item, item[method] as Json, globalSecurity));
    }
  }
  const webhooks: SpecIndex["webhooks"] = [];
  for (const [name, rawItem] of entries(document.webhooks)) {
    const item = followRefs(document, rawItem);
    if (!item) continue;
    for (const method of METHODS) {
      const operation = item[method];
      if (!isObject(operation)) continue;
      webhooks.push({ name, method, operationId: text(operation.operationId), summary: text(operation.summary) });
    }
  }
  return omitUndefined({
    oasVersion: String(document.openapi),
    title: text(info.title) ?? "",
    version: text(info.version) ?? "",
    description: text(info.description),
    servers: servers(document.servers) ?? [],
    securitySchemes: securitySchemes(document),
    globalSecurity,
    operations,
    webhooks,
  });
}

function operationIndex(
  document: Json,
  path: string,
  method: HttpMethod,
  item: Json,
  operation: Json,
  globalSecurity: SecurityRequirementIndex[],
): OperationIndex {
  const ownSecurity = securityRequirements(operation.security);
  return omitUndefined({
    method,
    path,
    operationId: text(operation.operationId),
    summary: text(operation.summary),
    tags: Array.isArray(operation.tags) ? operation.tags.filter((tag): tag is string => typeof tag === "string") : [],
    deprecated: operation.deprecated === true ? true : undefined,
    parameters: mergeParameters(parameters(document, item.parameters), parameters(document, operation.parameters)),
    requestBody: requestBody(document, operation.requestBody),
    responses: entries(operation.responses).map(([status, raw]) => ({
      status,
      contentTypes: Object.keys(followRefs(document, raw)?.content ?? {}),
    })),
    security: ownSecurity ?? globalSecurity,
    securityOverridden: ownSecurity !== undefined,
    servers: servers(operation.servers) ?? servers(item.servers),
  });
}

/** Path-level parameters apply to every operation; an operation's own parameter with the same name+in wins. */
function mergeParameters(pathLevel: ParameterIndex[], operationLevel: ParameterIndex[]): ParameterIndex[] {
  const key = (parameter: ParameterIndex) => `${parameter.in}:${parameter.name}`;
  const overridden = new Set(operationLevel.map(key));
  return [...pathLevel.filter((parameter) => !overridden.has(key(parameter))), ...operationLevel];
}

function parameters(document: Json, list: unknown): ParameterIndex[] {
  if (!Array.isArray(list)) return [];
  const result: ParameterIndex[] = [];
  for (const raw of list) {
    const parameter = followRefs(document, raw);
    if (!parameter || typeof parameter.name !== "string" || !PARAMETER_LOCATIONS.has(parameter.in as string)) continue;
    const mediaSchema = Object.values(isObject(parameter.content) ? parameter.content : {}).find(isObject)?.schema;
    result.push(
      omitUndefined({
        name: parameter.name,
        in: parameter.in as ParameterIndex["in"],
        required: parameter.required === true || parameter.in === "path",
        schema: compactSchema(parameter.schema ?? mediaSchema),
        description: firstSentence(parameter.description),
      }),
    );
  }
  return result;
}

/** The first sentence, whitespace collapsed, cut with "…" at PARAMETER_DESCRIPTION_MAX characters. */
function firstSentence(value: unknown): string | undefined {
  const flat = text(value)?.replace(/\s+/g, " ").trim();
  if (!flat) return undefined;
  const sentence = /^.*?[.!?](?= |$)/.exec(flat)?.[0] ?? flat;
  if (sentence.length <= PARAMETER_DESCRIPTION_MAX) return sentence;
  // Never leave half a surrogate pair at the cut.
  return `${sentence
    .slice(0, PARAMETER_DESCRIPTION_MAX - 1)
    .replace(/[\uD800-\uDBFF]$/, "")
    .trimEnd()}…`;
}

/** The schema as written, minus documentation keywords; a `$ref` stays a `$ref`. */
function compactSchema(schema: unknown, depth = 0, keysAreNames = false): unknown {
  if (Array.isArray(schema)) return schema.map((item) => compactSchema(item, depth + 1));
  if (!isObject(schema) || depth > 8) return schema;
  const result: Json = {};
  for (const [key, value] of Object.entries(schema)) {
    if (!keysAreNames && SCHEMA_DOC_KEYS.has(key)) continue;
    if (!keysAreNames && LITERAL_KEYS.has(key)) result[key] = value;
    else result[key] = compactSchema(value, depth + 1, !keysAreNames && SCHEMA_NAME_MAPS.has(key));
  }
  return result;
}

function requestBody(document: Json, raw: unknown): OperationIndex["requestBody"] {
  const body = followRefs(document, raw);
  if (!body) return undefined;
  return { required: body.required === true, contentTypes: Object.keys(isObject(body.content) ? body.content : {}) };
}

/** `undefined` when absent (inherit); `[]` when explicitly none; `{}` alternatives mean "anonymous allowed". */
function securityRequirements(raw: unknown): SecurityRequirementIndex[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  return raw
    .filter(isObject)
    .map((requirement) =>
      Object.fromEntries(
        Object.entries(requirement).map(([name, scopes]) => [
          name,
          Array.isArray(scopes) ? scopes.filter((scope): scope is string => typeof scope === "string") : [],
        ]),
      ),
    );
}

function servers(raw: unknown): ServerIndex[] | undefined {
  if (!Array.isArray(raw) || raw.length === 0) return undefined;
  return raw.filter(isObject).map((server) =>
    omitUndefined({
      url: text(server.url) ?? "/",
      description: text(server.description),
      variables: Object.fromEntries(
        entries(server.variables).map(([name, variable]) => [
          name,
          omitUndefined({
            default: String(isObject(variable) ? (variable.default ?? "") : ""),
            enum: isObject(variable) && Array.isArray(variable.enum) ? variable.enum.map(String) : undefined,
            description: isObject(variable) ? text(variable.description) : undefined,
          }),
        ]),
      ),
    }),
  );
}

function securitySchemes(document: Json): SecuritySchemeIndex[] {
  const components = isObject(document.components) ? document.components : {};
  const result: SecuritySchemeIndex[] = [];
  for (const [name, raw] of entries(components.securitySchemes)) {
    const scheme = followRefs(document, raw);
    if (!scheme || typeof scheme.type !== "string") continue;
    result.push(
      omitUndefined({
        name,
        type: scheme.type,
        description: text(scheme.description),
        in: scheme.type === "apiKey" ? (text(scheme.in) as SecuritySchemeIndex["in"]) : undefined,
        paramName: scheme.type === "apiKey" ? text(scheme.name) : undefined,
        scheme: scheme.type === "http" ? text(scheme.scheme)?.toLowerCase() : undefined,
        bearerFormat: text(scheme.bearerFormat),
        flows: scheme.type === "oauth2" ? oauthFlows(scheme.flows) : undefined,
        openIdConnectUrl: text(scheme.openIdConnectUrl),
      }),
    );
  }
  return result;
}

function oauthFlows(raw: unknown): OAuthFlowIndex[] {
  return entries(raw)
    .filter(([flow, value]) => OAUTH_FLOWS.has(flow) && isObject(value))
    .map(([flow, value]) => {
      const details = value as Json;
      return omitUndefined({
        flow: flow as OAuthFlowIndex["flow"],
        authorizationUrl: text(details.authorizationUrl),
        deviceAuthorizationUrl: text(details.deviceAuthorizationUrl),
        tokenUrl: text(details.tokenUrl),
        refreshUrl: text(details.refreshUrl),
        scopes: Object.fromEntries(entries(details.scopes).map(([scope, about]) => [scope, String(about ?? "")])),
      });
    });
}

const entries = (value: unknown): [string, unknown][] => (isObject(value) ? Object.entries(value) : []);
const text = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);

/** Keeps the stored index free of `"key": undefined` noise. */
function omitUndefined<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[]) if (value[key] === undefined) delete value[key];
  return value;
}
