// `npm run demo-api`: the REST and SCIM demo APIs for a person to try the builder against (Ctrl+C stops them).
import { startRestDemo } from "./rest/server";
import { startScimDemo } from "./scim/server";

const rest = await startRestDemo({ port: Number(process.env.DEMO_REST_PORT ?? 4010) });
const scim = await startScimDemo({ port: Number(process.env.DEMO_SCIM_PORT ?? 4011) });

console.log(`REST demo   ${rest.url}
  OpenAPI     ${rest.url}/openapi.json
  API token   Bearer ${rest.settings.apiToken}
  OAuth       client credentials at ${rest.url}/oauth/token (client ${rest.settings.clientId} / ${rest.settings.clientSecret})
SCIM demo   ${scim.baseUrl}
  OpenAPI     ${scim.url}/openapi.json
  auth        Bearer ${scim.settings.bearerToken}, or Basic ${scim.settings.username} / ${scim.settings.password}`);

const stop = async () => {
  await Promise.all([rest.close(), scim.close()]);
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
