import type { AuthTypeDefinition } from "../model";
import { clientAuth, clientCredentials, refreshUrl, scopes, tokenUrl } from "./oauth-fields";

export const oauth2Password: AuthTypeDefinition = {
  id: "oauth2Password",
  label: "OAuth 2.0 Password",
  help: "Exchanges the client credentials plus a user's username and password for an access token.",
  settings: [tokenUrl, refreshUrl, scopes, clientAuth],
  credentials: [
    ...clientCredentials,
    { key: "username", label: "Username", kind: "text", required: true },
    { key: "password", label: "Password", kind: "password", required: true },
  ],
};
