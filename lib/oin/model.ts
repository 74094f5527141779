// An OIN app: what the OIN Wizard collects before building (catalog properties, capabilities, tenant settings,
// authentication settings). Projects link to one; its tenant variables feed auth mapping and flow scope.

export const CAPABILITIES = ["provisioning", "entitlementManagement", "universalLogout"] as const;
export type Capability = (typeof CAPABILITIES)[number];

export const CAPABILITY_LABELS: Record<Capability, string> = {
  provisioning: "Provisioning",
  entitlementManagement: "Entitlement Management",
  universalLogout: "Universal Logout",
};

export const SSO_PROTOCOLS = ["saml2", "oidc"] as const;
export type SsoProtocol = (typeof SSO_PROTOCOLS)[number];

export const SSO_PROTOCOL_LABELS: Record<SsoProtocol, string> = { saml2: "SAML 2.0", oidc: "OIDC" };

export const AUTH_MODES = ["basic", "custom", "oauth2"] as const;
export type OinAuthMode = (typeof AUTH_MODES)[number];

export const AUTH_MODE_LABELS: Record<OinAuthMode, string> = { basic: "Basic", custom: "Custom", oauth2: "OAuth 2" };

/** A tenant setting (integration variable) or a Custom-auth authentication variable: shown Label, hidden Name. */
export interface OinVariable {
  label: string;
  name: string;
}

export type OinAuthSettings =
  | { mode: "basic" }
  | { mode: "custom"; variables: OinVariable[] }
  | {
      mode: "oauth2";
      authorizeEndpoint: string;
      tokenEndpoint: string;
      clientId: string;
      /** Write-only: responses carry SECRET_MASK; sending the mask back keeps the stored secret. */
      clientSecret: string;
      scopes: string[];
    };

/** Basic mode's own authentication variables, which the OIN Wizard provides for every tenant. */
const BASIC_AUTH_VARIABLES: OinVariable[] = [
  { label: "Username", name: "auth_user_name" },
  { label: "Password", name: "auth_user_password" },
];

/** Mapping targets name an authentication variable with this prefix, a tenant variable without it. */
export const AUTH_VARIABLE_PREFIX = "auth.";

/**
 * The authentication variables of an app's auth settings, which a connection parameter may map to as
 * `auth.<name>` (the installing admin enters them): Basic's username and password, Custom's own variables.
 * OAuth 2's client ID and secret are mapped automatically (lib/auth/mapping.ts).
 */
export function oinAuthVariables(auth: OinAuthSettings): OinVariable[] {
  if (auth.mode === "basic") return BASIC_AUTH_VARIABLES;
  if (auth.mode === "custom") return auth.variables;
  return [];
}

/** What a client submits to create or update an OIN app. */
export interface OinAppInput {
  displayName: string;
  description: string;
  capabilities: Capability[];
  ssoProtocol: SsoProtocol | null;
  variables: OinVariable[];
  auth: OinAuthSettings;
}

/** An OIN app as the UI and API show it (secrets masked). */
export interface OinAppView extends OinAppInput {
  id: string;
  /** OIN Wizard status: DRAFT until submitted. */
  status: string;
  hasLogo: boolean;
  createdAt: string;
  updatedAt: string;
  projects: { id: string; name: string }[];
}

export const LIMITS = {
  displayName: 64,
  /** Description must be shorter than this. */
  description: 1024,
  variableName: 1024,
  variableLabel: 1024,
  tenantVariables: 8,
} as const;
