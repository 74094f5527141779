// ConnectionConfig + its auth configuration (secrets in clear) -> what the HTTP runtime needs. No database.
import { type ConnectionParameter, connectionParameters } from "../auth/mapping";
import type { AuthConfiguration } from "../auth/model";
import { authType } from "../auth/registry";
import { AppError } from "../errors";
import type { ServerIndex } from "../spec/types";
import { formatPointer } from "../validation/pointer";
import type { ConnectionConfig, HelperConfigValue, ResolvedConnection } from "./model";
import { baseUrlOf, fillPlaceholders } from "./server";
import { valueSlot } from "./validate";

const originOf = (url: string) => new URL(url).origin;

/**
 * Parameter values by key (own slot, mapped tenant variable or default), which of them are secret, and the required
 * parameters whose tenant variable has no value. A mapped parameter never falls back to a value of its own slot
 * (left there from before the mapping, perhaps only a secret's mask).
 */
function parameterValues(config: ConnectionConfig, authConfig?: AuthConfiguration, servers?: ServerIndex[]) {
  const values: Record<string, string> = { ...config.parameters };
  const secretValues = new Set<string>();
  const unsetVariables: { parameter: ConnectionParameter; variable: string }[] = [];
  for (const parameter of authConfig ? connectionParameters(authConfig, servers) : []) {
    const slot = valueSlot(authConfig, parameter.key);
    const value = config[slot.in][slot.name] ?? (slot.in === "parameters" ? parameter.defaultValue : undefined);
    if (slot.in === "tenantVariables") {
      delete values[parameter.key];
      if (!value && parameter.required) unsetVariables.push({ parameter, variable: slot.name });
    }
    if (value === undefined) continue;
    values[parameter.key] = value;
    if (parameter.secret && value) secretValues.add(value);
  }
  return { values, secretValues, unsetVariables };
}

/** A run must not send a request without a mapped value: refused before anything is sent, naming each variable. */
function requireTenantVariables(config: ConnectionConfig, unset: ReturnType<typeof parameterValues>["unsetVariables"]) {
  if (!unset.length) return;
  const names = unset.map(({ variable }) => `"${variable}"`).join(", ");
  throw new AppError(
    "invalid_input",
    `Connection "${config.name}" has no value for tenant variable ${names}: enter it in the connection (Connections tab, Edit) before running.`,
    unset.map(({ parameter, variable }) => ({
      message: `${parameter.label} is mapped to tenant variable "${variable}", which has no value in this connection.`,
      location: { pointer: formatPointer(["tenantVariables", variable]), field: parameter.key },
    })),
  );
}

/** The base URL requests go to, server variables filled; throws naming the parameter that has no value. */
export function resolveBaseUrl(config: ConnectionConfig, authConfig?: AuthConfiguration, servers?: ServerIndex[]) {
  return baseUrlOf(config.server, parameterValues(config, authConfig, servers).values);
}

/** The origin (scheme, host, port) the connection's requests go to, server variables applied; undefined if unknown. */
export function connectionOrigin(
  config: ConnectionConfig,
  authConfig?: AuthConfiguration,
  servers?: ServerIndex[],
): string | undefined {
  try {
    return originOf(resolveBaseUrl(config, authConfig, servers));
  } catch {
    return undefined;
  }
}

/** `user:secret` pairs sent base64-encoded (Basic auth, OAuth client_secret_basic): secret as a whole, too. */
function credentialPairs(values: Record<string, string>): string[] {
  const pairs: string[] = [];
  if (values.username && values.password) pairs.push(`${values.username}:${values.password}`);
  if (values.clientId && values.clientSecret) {
    pairs.push(`${values.clientId}:${values.clientSecret}`);
    pairs.push(`${encodeURIComponent(values.clientId)}:${encodeURIComponent(values.clientSecret)}`);
  }
  return pairs;
}

export function resolveConnectionConfig(
  config: ConnectionConfig,
  authConfig?: AuthConfiguration,
  servers?: ServerIndex[],
): ResolvedConnection {
  const { values, secretValues, unsetVariables } = parameterValues(config, authConfig, servers);
  requireTenantVariables(config, unsetVariables);
  const baseUrl = baseUrlOf(config.server, values);
  const allowedHosts = new Set([originOf(baseUrl)]);
  const settings: Record<string, unknown> = { ...(authConfig?.settings ?? {}) };
  const authValues: Record<string, string> = {};
  const configValues: Record<string, string> = {};
  const helperConfigValues: HelperConfigValue[] = [];
  if (authConfig) {
    const definition = authType(authConfig.type);
    for (const field of definition.settings) {
      const value = settings[field.key];
      if (!field.endpoint || typeof value !== "string" || !value) continue;
      settings[field.key] = fillPlaceholders(value, values, field.label);
      allowedHosts.add(originOf(settings[field.key] as string));
    }
    for (const field of definition.credentials)
      if (values[field.key] !== undefined) authValues[field.key] = values[field.key];
    for (const { label, key, type, source } of authConfig.configValues) {
      if (source.kind === "helperFlow") {
        helperConfigValues.push({ label, key, type, flow: source.flow });
        continue;
      }
      authValues[key] = configValues[key] = source.value;
      if (type === "password" && source.value) secretValues.add(source.value);
    }
  }
  const { username: proxyUser, password: proxyPassword } = config.proxy.auth;
  if (proxyPassword) secretValues.add(proxyPassword);
  if (proxyUser && proxyPassword) secretValues.add(`${proxyUser}:${proxyPassword}`);
  for (const pair of credentialPairs(authValues)) secretValues.add(pair);

  return {
    baseUrl,
    auth: { type: authConfig?.type ?? "none", settings, values: authValues },
    sentParameters: (authConfig?.parameters ?? [])
      .filter((parameter) => parameter.in && values[parameter.key] !== undefined)
      .map((parameter) => ({
        in: parameter.in as "header" | "query" | "cookie",
        name: parameter.name ?? parameter.key,
        value: `${parameter.prefix ?? ""}${values[parameter.key]}`,
      })),
    tls: config.tls,
    timeoutMs: config.timeoutMs,
    proxy: config.proxy,
    allowedHosts: [...allowedHosts],
    secretValues: [...secretValues],
    parameters: { ...values, ...configValues },
    tenantVariables: { ...config.tenantVariables },
    ...(helperConfigValues.length ? { helperConfigValues } : {}),
  };
}
