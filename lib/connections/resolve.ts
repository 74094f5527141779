// ConnectionConfig + its auth configuration (secrets in clear) -> what the HTTP runtime needs. No database.
import { connectionParameters } from "../auth/mapping";
import type { AuthConfiguration } from "../auth/model";
import { authType } from "../auth/registry";
import type { ServerIndex } from "../spec/types";
import type { ConnectionConfig, HelperConfigValue, ResolvedConnection } from "./model";
import { baseUrlOf, fillPlaceholders } from "./server";
import { valueSlot } from "./validate";

const hostOf = (url: string) => new URL(url).host;

/** Each connection parameter's value (its own, a mapped tenant variable's, or its default) and the secret ones. */
function parameterValues(config: ConnectionConfig, authConfig?: AuthConfiguration, servers?: ServerIndex[]) {
  const parameterDefs = authConfig ? connectionParameters(authConfig, servers) : [];
  const values: Record<string, string> = { ...config.parameters };
  const secretValues = new Set<string>();
  for (const parameter of parameterDefs) {
    const slot = valueSlot(authConfig, parameter.key);
    const value = config[slot.in][slot.name] ?? (slot.in === "parameters" ? parameter.defaultValue : undefined);
    if (value === undefined) continue;
    values[parameter.key] = value;
    if (parameter.secret && value) secretValues.add(value);
  }
  return { values, secretValues };
}

/** The base URL requests go to, server variables filled; throws naming the parameter that has no value. */
export function resolveBaseUrl(config: ConnectionConfig, authConfig?: AuthConfiguration, servers?: ServerIndex[]) {
  return baseUrlOf(config.server, parameterValues(config, authConfig, servers).values);
}

export function resolveConnectionConfig(
  config: ConnectionConfig,
  authConfig?: AuthConfiguration,
  servers?: ServerIndex[],
): ResolvedConnection {
  const { values, secretValues } = parameterValues(config, authConfig, servers);
  const baseUrl = baseUrlOf(config.server, values);
  const allowedHosts = new Set([hostOf(baseUrl)]);
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
      allowedHosts.add(hostOf(settings[field.key] as string));
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
  if (config.proxy.auth.password) secretValues.add(config.proxy.auth.password);

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
