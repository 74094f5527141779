// The applier of each auth type. Custom auth has none: its parameters are the connection's sentParameters.
import type { AuthTypeId } from "../../auth/model";
import { apiKeyDynamicAuth } from "./api-key-dynamic";
import { awsSigV4Auth } from "./aws-sigv4";
import { basicAuth } from "./basic";
import { bearerAuth } from "./bearer";
import { mutualTlsAuth } from "./mutual-tls";
import { oauth2Auth } from "./oauth2";
import type { AuthApplierFactory } from "./types";

const noAuth: AuthApplierFactory = () => ({ apply() {} });

export const AUTH_APPLIERS: Record<AuthTypeId | "none", AuthApplierFactory> = {
  none: noAuth,
  custom: noAuth,
  basic: basicAuth,
  bearer: bearerAuth,
  apiKeyDynamic: apiKeyDynamicAuth,
  oauth2ClientCredentials: oauth2Auth,
  oauth2Password: oauth2Auth,
  oauth2AuthorizationCode: oauth2Auth,
  openIdConnect: oauth2Auth,
  awsSigV4: awsSigV4Auth,
  mutualTls: mutualTlsAuth,
};
