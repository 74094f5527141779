// Issue 20, finding 6, through the auth route: a session ended by the idle timeout is ended for better-auth's own
// endpoints too; a password change always ends the user's other sessions and API tokens (whatever the client
// asks); a malformed update-user body is a 400 naming the field, not a 500.
import { afterEach, describe, expect, it, vi } from "vitest";
import { type SignedIn, sessionCookieOf, signIn, signInResponse } from "../helpers/signed-in";
import { useTempDatabase } from "../helpers/temp-db";

useTempDatabase();
process.env.IB_SESSION_IDLE_MINUTES = "60";
const authRoute = await import("@/app/api/auth/[...all]/route");
const tokensRoute = await import("@/app/api/tokens/route");
const { verifyApiToken } = await import("@/lib/api-tokens/store");

const APP = "http://127.0.0.1:3000";
const noParams = { params: Promise.resolve({}) };

afterEach(() => {
  vi.useRealTimers();
});

const call = (user: SignedIn | string, path: string, body?: unknown) => {
  const init: RequestInit = body
    ? { method: "POST", headers: { "content-type": "application/json", origin: APP }, body: JSON.stringify(body) }
    : {};
  const url = `${APP}/api/auth/${path}`;
  const request =
    typeof user === "string"
      ? new Request(url, { ...init, headers: { ...(init.headers as object), cookie: user } })
      : user.request(url, init);
  return body ? authRoute.POST(request) : authRoute.GET(request);
};

describe("better-auth's own endpoints", () => {
  it("refuse a session that has been idle past the idle time", async () => {
    const user = await signIn("builder");
    expect((await call(user, "list-sessions")).status).toBe(200);
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 61 * 60_000);
    expect((await call(user, "list-sessions")).status).toBe(401);
    expect((await call(user, "update-user", { name: "Idle" })).status).toBe(401);
    expect((await call(user, "revoke-other-sessions", {})).status).toBe(401);
  });

  it("answer update-user with a name that is not text with 400 at its field", async () => {
    const user = await signIn("builder");
    const response = await call(user, "update-user", { name: 123 });
    expect(response.status).toBe(400);
    expect((await response.json()).errors[0].location.field).toBe("name");
    expect((await call(user, "update-user", { name: "Ada" })).status).toBe(200);
  });

  it("end the other sessions and the API tokens on a password change, even when the client does not ask", async () => {
    const user = await signIn("builder");
    const other = sessionCookieOf(await signInResponse(user.email, user.password));
    const created = await tokensRoute.POST(
      user.request(`${APP}/api/tokens`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ name: "ci", scope: "write", expiresInDays: 30 }),
      }),
      noParams,
    );
    const { secret } = await created.json();
    expect(await verifyApiToken(secret)).not.toBeNull();

    const changed = await call(user, "change-password", {
      currentPassword: user.password,
      newPassword: "a brand new password 42",
    });
    expect(changed.status, await changed.clone().text()).toBe(200);
    expect((await call(other, "list-sessions")).status, "the other session ended").toBe(401);
    expect(await verifyApiToken(secret), "the API token was revoked").toBeNull();
    expect((await call(sessionCookieOf(changed), "list-sessions")).status, "this session goes on").toBe(200);
  });
});
