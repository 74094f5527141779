// Sessions end when idle (IB_SESSION_IDLE_MINUTES) and at their absolute lifetime (IB_SESSION_MAX_HOURS) however
// busy; a password change needs the current password and signs out the other sessions (the sign-in limits are in
// sign-in-limits.test.ts). The clock is moved with fake Date; every check goes through a real route.
import { afterEach, describe, expect, it, vi } from "vitest";
import { type SignedIn, sessionCookieOf, signIn, signInResponse, withCookie } from "../helpers/signed-in";
import { useTempDatabase } from "../helpers/temp-db";

useTempDatabase();
process.env.IB_SESSION_IDLE_MINUTES = "60";
process.env.IB_SESSION_MAX_HOURS = "3";
const projects = await import("@/app/api/projects/route");
const { handleAuthRequest } = await import("@/lib/accounts/handler");

const APP = "http://127.0.0.1:3000";
const MINUTE = 60_000;
const noParams = { params: Promise.resolve({}) } as { params: Promise<Record<string, never>> };
const listProjects = async (cookie: string) =>
  (await projects.GET(withCookie(cookie, `${APP}/api/projects`), noParams)).status;

afterEach(() => {
  vi.useRealTimers();
});

function moveClock(minutes: number) {
  vi.setSystemTime(Date.now() + minutes * MINUTE);
}

describe("session expiry", () => {
  it("ends a session left unused for longer than the idle time", async () => {
    const owner = await signIn();
    vi.useFakeTimers({ toFake: ["Date"] });
    moveClock(59);
    expect(await listProjects(owner.cookie)).toBe(200);
    moveClock(59);
    expect(await listProjects(owner.cookie), "used 59 minutes ago: still signed in").toBe(200);
    moveClock(61);
    const idle = await projects.GET(owner.request(`${APP}/api/projects`), noParams);
    expect(idle.status, "unused for 61 minutes").toBe(401);
    moveClock(-61);
    expect(await listProjects(owner.cookie), "the idle session was ended, not just refused").toBe(401);
  });

  it("ends a session at its absolute lifetime even while it is in use", async () => {
    const owner = await signIn();
    vi.useFakeTimers({ toFake: ["Date"] });
    for (let used = 0; used < 3; used++) {
      moveClock(50);
      expect(await listProjects(owner.cookie), `${(used + 1) * 50} minutes after sign-in`).toBe(200);
    }
    moveClock(50);
    expect(await listProjects(owner.cookie), "200 minutes after sign-in, past 3 hours").toBe(401);
  });
});

describe("password change", () => {
  const changePassword = (user: SignedIn, body: unknown) =>
    handleAuthRequest(
      user.request(`${APP}/api/auth/change-password`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: APP },
        body: JSON.stringify(body),
      }),
    );

  it("needs the current password, then signs out the other sessions and the old password stops working", async () => {
    const builder = await signIn("builder");
    const otherSession = sessionCookieOf(await signInResponse(builder.email, builder.password));
    expect(await listProjects(otherSession)).toBe(200);

    const refused = await changePassword(builder, {
      currentPassword: "not it at all",
      newPassword: "a brand new password",
    });
    expect(refused.status).toBe(400);
    expect(await signInResponse(builder.email, "a brand new password").then((response) => response.status)).toBe(401);

    const tooShort = await changePassword(builder, { currentPassword: builder.password, newPassword: "short" });
    expect(tooShort.status).toBe(400);

    const changed = await changePassword(builder, {
      currentPassword: builder.password,
      newPassword: "a brand new password",
      revokeOtherSessions: true,
    });
    expect(changed.status, await changed.clone().text()).toBe(200);
    expect(await listProjects(otherSession), "the other session is signed out").toBe(401);
    expect(await listProjects(sessionCookieOf(changed)), "this session goes on with its new cookie").toBe(200);
    expect((await signInResponse(builder.email, builder.password)).status).toBe(401);
    expect((await signInResponse(builder.email, "a brand new password")).status).toBe(200);
  });
});
