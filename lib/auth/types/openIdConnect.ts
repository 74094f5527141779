import type { AuthTypeDefinition } from "../model";
import { clientAuth, clientCredentials, scopes } from "./oauth-fields";

export const openIdConnect: AuthTypeDefinition = {
  id: "openIdConnect",
  label: "OpenID Connect",
  help: "Like OAuth 2.0 Client Credentials; the token and other endpoints come from the provider's discovery document.",
  settings: [
    {
      key: "discoveryUrl",
      label: "Discovery URL",
      kind: "url",
      required: true,
      endpoint: true,
      help: "…/.well-known/openid-configuration",
    },
    scopes,
    clientAuth,
  ],
  credentials: clientCredentials,
};
