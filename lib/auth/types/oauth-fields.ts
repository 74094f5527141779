// Fields shared by the OAuth 2.0 and OpenID Connect types.
import type { AuthFieldDef } from "../model";

export const tokenUrl: AuthFieldDef = {
  key: "tokenUrl",
  label: "Token URL",
  kind: "url",
  required: true,
  endpoint: true,
};
export const refreshUrl: AuthFieldDef = {
  key: "refreshUrl",
  label: "Refresh URL",
  kind: "url",
  endpoint: true,
  help: "Blank = the token URL.",
};
export const scopes: AuthFieldDef = { key: "scopes", label: "Scopes", kind: "scopes", default: [] };
export const clientAuth: AuthFieldDef = {
  key: "clientAuth",
  label: "Client authentication",
  kind: "select",
  required: true,
  options: ["client_secret_post", "client_secret_basic"],
  default: "client_secret_post",
  help: "client_secret_basic sends the client credentials in the Authorization header; client_secret_post in the body.",
};
export const clientCredentials: AuthFieldDef[] = [
  { key: "clientId", label: "Client ID", kind: "text", required: true },
  { key: "clientSecret", label: "Client secret", kind: "password", required: true },
];
