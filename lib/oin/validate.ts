// The one validation of an OIN app payload, shared by the JSON route, the web form and the CLI.
// Pure (no Node APIs): it returns every problem at once, each with the field it is about.
import { AppError, type ProblemDetail } from "../errors";
import {
  AUTH_MODES,
  CAPABILITIES,
  LIMITS,
  SSO_PROTOCOLS,
  type Capability,
  type OinAppInput,
  type OinAuthSettings,
  type OinAuthMode,
  type OinVariable,
  type SsoProtocol,
} from "./model";

export type OinAppValidation = { ok: true; value: OinAppInput } | { ok: false; problems: ProblemDetail[] };

const VARIABLE_NAME = /^[a-z][a-z0-9_]*$/;
const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const text = (value: unknown) => (typeof value === "string" ? value.trim() : "");

/** Why a variable name is not acceptable to the OIN Wizard, or undefined when it is. */
export function variableNameProblem(name: string): string | undefined {
  if (!name) return "Name is required";
  if (name.length > LIMITS.variableName) return `Name must be at most ${LIMITS.variableName} characters`;
  if (/[A-Z]/.test(name)) {
    return `Name "${name}" must be lowercase: the OIN Wizard doesn't support uppercase or camelCase names`;
  }
  if (!VARIABLE_NAME.test(name)) {
    return `Name "${name}" must start with a letter and contain only lowercase letters, digits and underscores`;
  }
  return undefined;
}

function variables(value: unknown, field: string, problems: ProblemDetail[]): OinVariable[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    problems.push({ message: "Must be a list of { label, name }", location: { field } });
    return [];
  }
  const seen = new Set<string>();
  return value.map((row, i) => {
    const label = text(isRecord(row) ? row.label : undefined);
    const name = text(isRecord(row) ? row.name : undefined);
    if (!label) problems.push({ message: "Label is required", location: { field: `${field}[${i}].label` } });
    else if (label.length > LIMITS.variableLabel) {
      problems.push({
        message: `Label must be at most ${LIMITS.variableLabel} characters`,
        location: { field: `${field}[${i}].label` },
      });
    }
    const nameProblem = variableNameProblem(name);
    if (nameProblem) problems.push({ message: nameProblem, location: { field: `${field}[${i}].name` } });
    else if (seen.has(name)) {
      problems.push({
        message: `Name "${name}" is used more than once; names must be unique`,
        location: { field: `${field}[${i}].name` },
      });
    }
    seen.add(name);
    return { label, name };
  });
}

/**
 * An OAuth endpoint must be HTTPS (http only on loopback hosts). `{name}` placeholders for tenant variables are
 * allowed (e.g. https://{subdomain}.example.com/oauth/authorize) and must name a declared variable.
 */
function endpointProblem(url: string, tenantNames: Set<string>): string | undefined {
  if (!url) return "Required";
  const placeholders = [...url.matchAll(/\{([^{}]*)\}/g)].map((match) => match[1]);
  const unknown = placeholders.find((name) => !tenantNames.has(name));
  if (unknown !== undefined) return `"{${unknown}}" is not a tenant variable of this app`;
  let parsed: URL;
  try {
    parsed = new URL(url.replace(/\{[^{}]*\}/g, "tenant"));
  } catch {
    return `"${url}" is not a valid URL`;
  }
  if (parsed.protocol === "https:") return undefined;
  if (parsed.protocol === "http:" && LOOPBACK_HOSTS.has(parsed.hostname)) return undefined;
  if (parsed.protocol === "http:") return "Must use HTTPS (http is only allowed for 127.0.0.1, localhost and ::1)";
  return "Must be an https:// URL";
}

function scopes(value: unknown, problems: ProblemDetail[]): string[] {
  if (value === undefined || value === null || value === "") return [];
  if (typeof value === "string") return value.split(/[\s,]+/).filter(Boolean);
  if (Array.isArray(value) && value.every((scope) => typeof scope === "string")) {
    return value.map((scope) => scope.trim()).filter(Boolean);
  }
  problems.push({
    message: "Scopes must be a list of strings or a space-separated string",
    location: { field: "auth.scopes" },
  });
  return [];
}

function auth(value: unknown, tenantNames: Set<string>, problems: ProblemDetail[]): OinAuthSettings {
  const settings = isRecord(value) ? value : {};
  const mode = settings.mode as OinAuthMode;
  if (!AUTH_MODES.includes(mode)) {
    problems.push({
      message: "Choose an authentication mode: Basic, Custom or OAuth 2",
      location: { field: "auth.mode" },
    });
    return { mode: "basic" };
  }
  if (mode === "basic") return { mode };
  if (mode === "custom") {
    const list = variables(settings.variables, "auth.variables", problems);
    if (list.length === 0) {
      problems.push({
        message: "Custom authentication needs at least one authentication variable",
        location: { field: "auth.variables" },
      });
    }
    return { mode, variables: list };
  }
  const oauth = {
    mode,
    authorizeEndpoint: text(settings.authorizeEndpoint),
    tokenEndpoint: text(settings.tokenEndpoint),
    clientId: text(settings.clientId),
    clientSecret: typeof settings.clientSecret === "string" ? settings.clientSecret : "",
    scopes: scopes(settings.scopes, problems),
  };
  for (const field of ["authorizeEndpoint", "tokenEndpoint"] as const) {
    const problem = endpointProblem(oauth[field], tenantNames);
    if (problem) problems.push({ message: problem, location: { field: `auth.${field}` } });
  }
  if (!oauth.clientId) problems.push({ message: "Client ID is required", location: { field: "auth.clientId" } });
  if (!oauth.clientSecret)
    problems.push({ message: "Client secret is required", location: { field: "auth.clientSecret" } });
  return oauth;
}

/** Validates a whole OIN app payload, returning the normalised app or every problem with its field. */
export function validateOinApp(payload: unknown): OinAppValidation {
  const problems: ProblemDetail[] = [];
  const input = isRecord(payload) ? payload : {};
  if (!isRecord(payload)) problems.push({ message: "The OIN app must be a JSON object" });

  const displayName = text(input.displayName);
  if (!displayName) problems.push({ message: "Display name is required", location: { field: "displayName" } });
  else if (displayName.length > LIMITS.displayName) {
    problems.push({
      message: `Display name must be at most ${LIMITS.displayName} characters (it has ${displayName.length})`,
      location: { field: "displayName" },
    });
  }

  const description = text(input.description);
  if (!description) problems.push({ message: "Description is required", location: { field: "description" } });
  else if (description.length >= LIMITS.description) {
    problems.push({
      message: `Description must be shorter than ${LIMITS.description} characters (it has ${description.length})`,
      location: { field: "description" },
    });
  }

  const ssoProtocol = (input.ssoProtocol ?? null) as SsoProtocol | null;
  if (ssoProtocol !== null && !SSO_PROTOCOLS.includes(ssoProtocol)) {
    problems.push({ message: "SSO protocol must be SAML 2.0 or OIDC", location: { field: "ssoProtocol" } });
  }

  const requested = Array.isArray(input.capabilities) ? input.capabilities : [];
  const capabilities = CAPABILITIES.filter((capability) => requested.includes(capability));
  const unknownCapability = requested.find((capability) => !CAPABILITIES.includes(capability as Capability));
  if (!Array.isArray(input.capabilities) || unknownCapability !== undefined) {
    problems.push({
      message: "Capabilities must be chosen from Provisioning, Entitlement Management and Universal Logout",
      location: { field: "capabilities" },
    });
  } else if (capabilities.length === 0) {
    problems.push({ message: "Choose at least one capability", location: { field: "capabilities" } });
  }
  if (capabilities.includes("entitlementManagement") && !capabilities.includes("provisioning")) {
    problems.push({
      message: "Entitlement Management is only available together with Provisioning",
      location: { field: "capabilities" },
    });
  }
  if (capabilities.includes("universalLogout") && !ssoProtocol) {
    problems.push({
      message: "Universal Logout needs an SSO protocol (SAML 2.0 or OIDC) chosen first",
      location: { field: "capabilities" },
    });
  }

  const tenantVariables = variables(input.variables, "variables", problems);
  if (tenantVariables.length > LIMITS.tenantVariables) {
    problems.push({
      message: `An app can have at most ${LIMITS.tenantVariables} tenant variables (it has ${tenantVariables.length})`,
      location: { field: "variables" },
    });
  }

  const authSettings = auth(input.auth, new Set(tenantVariables.map((variable) => variable.name)), problems);

  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    value: { displayName, description, capabilities, ssoProtocol, variables: tenantVariables, auth: authSettings },
  };
}

/** validateOinApp for services: the app, or an AppError listing every problem. */
export function parseOinApp(payload: unknown): OinAppInput {
  const result = validateOinApp(payload);
  if (!result.ok) {
    throw new AppError(
      "invalid_input",
      `The OIN app has ${result.problems.length} problem(s); nothing was saved.`,
      result.problems,
    );
  }
  return result.value;
}
