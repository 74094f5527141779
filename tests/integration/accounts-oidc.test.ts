// OpenID Connect sign-in against a real identity provider (oidc-provider on 127.0.0.1): a user who exists here signs
// in with the provider and gets a session with the role this app gave them; someone the provider knows but this app
// does not is refused, and no user is created.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import Provider from "oidc-provider";
import { afterAll, describe, expect, it } from "vitest";
import { signInAndConsent } from "../helpers/servers/oauth-browser";
import { listen } from "../helpers/servers/http-server";
import { sessionCookieOf, withCookie } from "../helpers/signed-in";
import { useTempDatabase } from "../helpers/temp-db";

const APP = "http://127.0.0.1:3000";
const REDIRECT_URI = `${APP}/api/auth/callback/oidc`;
const PEOPLE: Record<string, { email: string; name: string }> = {
  dana: { email: "dana@example.test", name: "Dana" },
  eve: { email: "eve@example.test", name: "Eve" },
};

const server = createServer();
const idp = await listen(server);
const provider = new Provider(idp.baseUrl, {
  clients: [
    {
      client_id: "integration-builder",
      client_secret: "integration-builder-client-secret",
      redirect_uris: [REDIRECT_URI],
      grant_types: ["authorization_code"],
      response_types: ["code"],
    },
  ],
  claims: { email: ["email", "email_verified"], profile: ["name"] },
  conformIdTokenClaims: false,
  features: { devInteractions: { enabled: true } },
  pkce: { required: () => true },
  findAccount: async (_ctx: unknown, accountId: string) => ({
    accountId,
    claims: async () => ({ sub: accountId, ...PEOPLE[accountId], email_verified: true }),
  }),
});
const callback = provider.callback();
server.on("request", (request: IncomingMessage, response: ServerResponse) => callback(request, response));

useTempDatabase();
process.env.IB_PUBLIC_URL = APP;
process.env.IB_OIDC_ISSUER = idp.baseUrl;
process.env.IB_OIDC_CLIENT_ID = "integration-builder";
process.env.IB_OIDC_CLIENT_SECRET = "integration-builder-client-secret";
const { handleAuthRequest } = await import("@/lib/accounts/handler");
const { createUser, listUsers } = await import("@/lib/accounts/users");
const { LOCAL_OWNER } = await import("@/lib/accounts/local");
const projects = await import("@/app/api/projects/route");
const noParams = { params: Promise.resolve({}) } as { params: Promise<Record<string, never>> };

afterAll(async () => {
  delete process.env.IB_OIDC_ISSUER;
  await idp.stop();
});

/** The whole round trip: start at the app, sign in at the provider, come back to the app's callback. */
async function signInWithProvider(login: string): Promise<Response> {
  const started = await handleAuthRequest(
    new Request(`${APP}/api/auth/sign-in/social`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: APP },
      body: JSON.stringify({ provider: "oidc", callbackURL: "/", errorCallbackURL: "/sign-in" }),
    }),
  );
  expect(started.status, await started.clone().text()).toBe(200);
  const { url } = (await started.json()) as { url: string };
  expect(new URL(url).origin).toBe(idp.baseUrl);
  const back = await signInAndConsent(url, { redirectUri: REDIRECT_URI, login });
  return handleAuthRequest(withCookie(sessionCookieOf(started), back));
}

describe("OpenID Connect sign-in", () => {
  it("signs in a user who exists here, with the role given here", async () => {
    await createUser(LOCAL_OWNER, { email: "dana@example.test", password: "dana's local password", role: "builder" });
    const answer = await signInWithProvider("dana");
    expect(answer.status).toBe(302);
    expect(answer.headers.get("location")).toBe("/");
    const cookie = sessionCookieOf(answer);
    expect(cookie).toMatch(/ib\.session_token=/);
    const listed = await projects.GET(withCookie(cookie, `${APP}/api/projects`), noParams);
    expect(listed.status).toBe(200);
    const created = await projects.POST(
      withCookie(cookie, `${APP}/api/projects`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ name: "Made by Dana" }),
      }),
      noParams,
    );
    expect(created.status, "a builder may create").toBe(200);
  }, 60_000);

  it("refuses someone without a user here, and creates none", async () => {
    const answer = await signInWithProvider("eve");
    expect(answer.status).toBe(302);
    expect(answer.headers.get("location")).toMatch(/^\/sign-in\?error=/);
    expect(
      answer.headers
        .getSetCookie()
        .some((cookie) => cookie.startsWith("ib.session_token=") && !cookie.startsWith("ib.session_token=;")),
    ).toBe(false);
    expect((await listUsers(LOCAL_OWNER)).map((user) => user.email)).toEqual(["dana@example.test"]);
  }, 60_000);
});
