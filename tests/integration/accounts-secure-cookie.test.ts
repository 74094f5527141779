// Behind https (IB_PUBLIC_URL https://…) the session cookie is Secure and carries the __Secure- prefix; routes and
// the proxy's cheap check take it.
import { NextRequest } from "next/server";
import { expect, it } from "vitest";
import { sessionCookieOf, withCookie } from "../helpers/signed-in";
import { useTempDatabase } from "../helpers/temp-db";

useTempDatabase();
const APP = "https://ib.example.test";
process.env.IB_PUBLIC_URL = APP;
const { handleAuthRequest } = await import("@/lib/accounts/handler");
const { createUser } = await import("@/lib/accounts/users");
const { LOCAL_OWNER } = await import("@/lib/accounts/local");
const { proxy } = await import("@/proxy");
const projects = await import("@/app/api/projects/route");

it("sets a Secure __Secure-ib.session_token cookie that routes and the proxy accept", async () => {
  await createUser(LOCAL_OWNER, { email: "sec@example.test", password: "secure cookie password", role: "viewer" });
  const signedIn = await handleAuthRequest(
    new Request(`${APP}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: APP },
      body: JSON.stringify({ email: "sec@example.test", password: "secure cookie password" }),
    }),
  );
  expect(signedIn.status).toBe(200);
  const line = signedIn.headers.getSetCookie().find((cookie) => cookie.startsWith("__Secure-ib.session_token="));
  expect(line).toMatch(/; Secure/i);
  expect(line).toMatch(/HttpOnly/i);
  const cookie = sessionCookieOf(signedIn);
  const listed = await projects.GET(withCookie(cookie, `${APP}/api/projects`), {
    params: Promise.resolve({}),
  } as never);
  expect(listed.status).toBe(200);
  const page = proxy(new NextRequest(`${APP}/projects`, { headers: { cookie } }));
  expect(page.headers.get("location")).toBeNull();
  expect(proxy(new NextRequest(`${APP}/projects`)).status).toBe(307);
});
