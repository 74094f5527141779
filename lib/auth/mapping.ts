// Connection parameters of an auth configuration and their mapping to the linked OIN app's tenant variables.
import type { ProblemDetail } from "../errors";
import { AUTH_VARIABLE_PREFIX } from "../oin/model";
import type { ServerIndex } from "../spec/types";
import { formatPointer } from "../validation/pointer";
import type { AuthConfiguration, AuthFieldDef } from "./model";
import { OAUTH_TYPES, authType, isSecretField } from "./registry";

export interface ConnectionParameter {
  key: string;
  label: string;
  /** credential: the type's fields; parameter: extra parameters; server: `{var}` of the spec's server or an endpoint URL. */
  source: "credential" | "parameter" | "server";
  kind: AuthFieldDef["kind"] | "dropdown";
  secret: boolean;
  required: boolean;
  values?: string[];
  defaultValue?: string;
}

/** OAuth client ID / secret come from the OIN app's client settings. */
export const OIN_CLIENT_SETTINGS: Record<string, string> = {
  clientId: "auth.client_id",
  clientSecret: "auth.client_secret",
};

export const placeholdersIn = (text: string) => [...text.matchAll(/\{([^{}]+)\}/g)].map((match) => match[1]);

export function connectionParameters(config: AuthConfiguration, servers: ServerIndex[] = []): ConnectionParameter[] {
  const definition = authType(config.type);
  const parameters: ConnectionParameter[] = definition.credentials.map((field) => ({
    key: field.key,
    label: field.label,
    source: "credential",
    kind: field.kind,
    secret: isSecretField(field),
    required: field.required === true,
  }));
  for (const parameter of config.parameters) {
    parameters.push({
      key: parameter.key,
      label: parameter.label,
      source: "parameter",
      kind: parameter.type === "password" ? "password" : parameter.type === "dropdown" ? "dropdown" : "text",
      secret: parameter.type === "password",
      required: true,
      values: parameter.values,
    });
  }
  const seen = new Set(parameters.map((parameter) => parameter.key));
  const addServerVariable = (name: string, defaultValue?: string, values?: string[]) => {
    if (seen.has(name)) return;
    seen.add(name);
    parameters.push({
      key: name,
      label: name,
      source: "server",
      kind: values ? "dropdown" : "text",
      secret: false,
      required: true,
      values,
      defaultValue,
    });
  };
  const server = servers[0];
  for (const [name, variable] of Object.entries(server?.variables ?? {}))
    addServerVariable(name, variable.default, variable.enum);
  for (const field of definition.settings) {
    const value = config.settings[field.key];
    if (field.endpoint && typeof value === "string") for (const name of placeholdersIn(value)) addServerVariable(name);
  }
  return parameters;
}

/** The mapping with OAuth client ID / secret mapped to the OIN app's client settings unless mapped otherwise. */
export function withAutoMapping(config: AuthConfiguration): AuthConfiguration {
  if (!OAUTH_TYPES.includes(config.type)) return config;
  return { ...config, mapping: { ...OIN_CLIENT_SETTINGS, ...config.mapping } };
}

/**
 * Problems of a configuration's mapping against the tenant variables and authentication variables (`auth.<name>`)
 * the linked OIN app has now (e.g. a deleted one). `authVariables` undefined: not known (a bundle), not checked.
 */
export function validateMapping(
  config: AuthConfiguration,
  tenantVariables: { name: string }[],
  options: { linked: boolean; servers?: ServerIndex[]; authVariables?: { name: string }[] },
): ProblemDetail[] {
  const problems: ProblemDetail[] = [];
  const parameters = new Set(connectionParameters(config, options.servers).map((parameter) => parameter.key));
  const variables = new Set(tenantVariables.map((variable) => variable.name));
  const authVariables = options.authVariables && new Set(options.authVariables.map((variable) => variable.name));
  for (const [parameter, variable] of Object.entries(config.mapping)) {
    const location = { pointer: formatPointer(["mapping", parameter]), field: parameter };
    if (!parameters.has(parameter)) {
      problems.push({ message: `"${parameter}" is not a connection parameter of ${config.name}.`, location });
    } else if (Object.values(OIN_CLIENT_SETTINGS).includes(variable)) {
      if (OIN_CLIENT_SETTINGS[parameter] !== variable || !OAUTH_TYPES.includes(config.type))
        problems.push({ message: `"${parameter}" cannot map to the OIN app client setting ${variable}.`, location });
    } else if (variable.startsWith(AUTH_VARIABLE_PREFIX)) {
      const name = variable.slice(AUTH_VARIABLE_PREFIX.length);
      if (!options.linked) {
        problems.push({
          message: `"${parameter}" is mapped to authentication variable "${name}", but the project is not linked to an OIN app.`,
          location,
        });
      } else if (authVariables && !authVariables.has(name)) {
        problems.push({
          message: `"${parameter}" is mapped to authentication variable "${name}", which the linked OIN app's authentication settings do not have.`,
          location,
        });
      }
    } else if (!options.linked) {
      problems.push({
        message: `"${parameter}" is mapped to tenant variable "${variable}", but the project is not linked to an OIN app.`,
        location,
      });
    } else if (!variables.has(variable)) {
      problems.push({
        message: `"${parameter}" is mapped to tenant variable "${variable}", which the linked OIN app no longer has.`,
        location,
      });
    }
  }
  return problems;
}
