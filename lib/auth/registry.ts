// Every auth type, by id: the one place the app, the API, the CLI and the runtime look types up.
import { AppError } from "../errors";
import { AUTH_TYPE_IDS, type AuthFieldDef, type AuthTypeDefinition, type AuthTypeId } from "./model";
import { apiKeyDynamic } from "./types/apiKeyDynamic";
import { awsSigV4 } from "./types/awsSigV4";
import { basic } from "./types/basic";
import { bearer } from "./types/bearer";
import { custom } from "./types/custom";
import { mutualTls } from "./types/mutualTls";
import { oauth2AuthorizationCode } from "./types/oauth2AuthorizationCode";
import { oauth2ClientCredentials } from "./types/oauth2ClientCredentials";
import { oauth2Password } from "./types/oauth2Password";
import { openIdConnect } from "./types/openIdConnect";

export const AUTH_TYPES: Record<AuthTypeId, AuthTypeDefinition> = {
  basic,
  custom,
  bearer,
  apiKeyDynamic,
  oauth2ClientCredentials,
  oauth2Password,
  oauth2AuthorizationCode,
  openIdConnect,
  awsSigV4,
  mutualTls,
};

export function isAuthTypeId(value: unknown): value is AuthTypeId {
  return typeof value === "string" && (AUTH_TYPE_IDS as readonly string[]).includes(value);
}

export function authType(id: unknown, pointer = "/type"): AuthTypeDefinition {
  if (!isAuthTypeId(id)) {
    const message = `Unknown auth type ${JSON.stringify(id)}; expected one of ${AUTH_TYPE_IDS.join(", ")}.`;
    throw new AppError("invalid_input", message, [{ message, location: { pointer } }]);
  }
  return AUTH_TYPES[id];
}

export const isSecretField = (field: AuthFieldDef) => field.kind === "password" || field.secret === true;

/** OAuth-family types: their client ID / secret map to the OIN app's client settings. */
export const OAUTH_TYPES: AuthTypeId[] = [
  "oauth2ClientCredentials",
  "oauth2Password",
  "oauth2AuthorizationCode",
  "openIdConnect",
];
