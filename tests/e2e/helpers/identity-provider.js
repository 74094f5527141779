// The organisation's identity provider for the browser tests: oidc-provider on 127.0.0.1 (port 0) with its
// development login and consent pages; any login name signs in as `<login>@example.test`, email verified.
import { createServer } from "node:http";
import Provider from "oidc-provider";

export const OIDC_CLIENT = { id: "integration-builder-e2e", secret: "integration-builder-e2e-client-secret" };

/** Starts the provider for the app at `appUrl`; resolves to its issuer URL. */
export async function startIdentityProvider(appUrl) {
  const server = createServer();
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  const issuer = `http://127.0.0.1:${server.address().port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: OIDC_CLIENT.id,
        client_secret: OIDC_CLIENT.secret,
        redirect_uris: [`${appUrl}/api/auth/callback/oidc`],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    claims: { email: ["email", "email_verified"], profile: ["name"] },
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: true } },
    findAccount: async (_ctx, accountId) => ({
      accountId,
      claims: async () => ({
        sub: accountId,
        email: `${accountId}@example.test`,
        email_verified: true,
        name: accountId,
      }),
    }),
  });
  const callback = provider.callback();
  server.on("request", (request, response) => callback(request, response));
  server.unref();
  return issuer;
}
