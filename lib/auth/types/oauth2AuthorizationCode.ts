import type { AuthTypeDefinition } from "../model";
import { clientAuth, clientCredentials, refreshUrl, scopes, tokenUrl } from "./oauth-fields";

export const oauth2AuthorizationCode: AuthTypeDefinition = {
  id: "oauth2AuthorizationCode",
  label: "OAuth 2.0 Authorization Code",
  help: "A user signs in at the authorize URL and is sent back to the redirect URI with a code (PKCE protected).",
  settings: [
    { key: "authorizeUrl", label: "Authorize URL", kind: "url", required: true, endpoint: true },
    tokenUrl,
    refreshUrl,
    scopes,
    clientAuth,
    { key: "pkce", label: "PKCE", kind: "boolean", default: true },
  ],
  credentials: clientCredentials,
};
