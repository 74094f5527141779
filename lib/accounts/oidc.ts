// Optional sign-in with the organisation's OpenID Connect identity provider (IB_OIDC_ISSUER, IB_OIDC_CLIENT_ID,
// IB_OIDC_CLIENT_SECRET). Only people who already have a user here may sign in with it (an admin creates the user
// with the same email and its role); the provider proves the email, this app decides the role.
import { genericOAuth } from "better-auth/plugins/generic-oauth";
import { invalid } from "../errors";

export const OIDC_PROVIDER_ID = "oidc";

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
}

/** The OIDC settings, undefined when OIDC sign-in is off; refused by name when only some are set. */
export function oidcSettings(env = process.env): OidcSettings | undefined {
  const issuer = env.IB_OIDC_ISSUER ?? "";
  const clientId = env.IB_OIDC_CLIENT_ID ?? "";
  const clientSecret = env.IB_OIDC_CLIENT_SECRET ?? "";
  if (!issuer && !clientId && !clientSecret) return undefined;
  for (const [field, value] of Object.entries({
    IB_OIDC_ISSUER: issuer,
    IB_OIDC_CLIENT_ID: clientId,
    IB_OIDC_CLIENT_SECRET: clientSecret,
  }))
    if (!value)
      throw invalid(`${field} is needed for OpenID Connect sign-in (or unset all three IB_OIDC_ settings).`, { field });
  return { issuer: issuer.replace(/\/+$/, ""), clientId, clientSecret };
}

export function oidcPlugins() {
  const settings = oidcSettings();
  if (!settings) return [];
  return [
    genericOAuth({
      config: [
        {
          providerId: OIDC_PROVIDER_ID,
          discoveryUrl: `${settings.issuer}/.well-known/openid-configuration`,
          clientId: settings.clientId,
          clientSecret: settings.clientSecret,
          scopes: ["openid", "email", "profile"],
          pkce: true,
          disableImplicitSignUp: true,
        },
      ],
    }),
  ];
}
