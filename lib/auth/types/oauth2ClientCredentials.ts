import type { AuthTypeDefinition } from "../model";
import { clientAuth, clientCredentials, refreshUrl, scopes, tokenUrl } from "./oauth-fields";

export const oauth2ClientCredentials: AuthTypeDefinition = {
  id: "oauth2ClientCredentials",
  label: "OAuth 2.0 Client Credentials",
  help: "Exchanges the client ID and secret for an access token at the token URL.",
  settings: [tokenUrl, refreshUrl, scopes, clientAuth],
  credentials: clientCredentials,
};
