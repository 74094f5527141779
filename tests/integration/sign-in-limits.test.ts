// Issue 20, findings 3 and 4, through the auth route: X-Forwarded-For is believed only past the proxies named in
// IB_TRUSTED_PROXIES (the right-most address that is not one of them is the client, as sign-in limits and the audit
// log see it), and wrong passwords slow their sender down without locking the owner out: a back-off per email and
// source, and guesses spread over many addresses stop only browsers that never signed in to that email.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { sessionCookieOf } from "../helpers/signed-in";
import { useTempDatabase } from "../helpers/temp-db";

useTempDatabase();
const authRoute = await import("@/app/api/auth/[...all]/route");
const { createUser } = await import("@/lib/accounts/users");
const { LOCAL_OWNER } = await import("@/lib/accounts/local");
const { listAuditEvents } = await import("@/lib/audit/query");

const PASSWORD = "the owner's own password";
let users = 0;

async function newOwner(): Promise<string> {
  const email = `owner${++users}@example.test`;
  await createUser(LOCAL_OWNER, { email, password: PASSWORD, role: "owner" });
  return email;
}

function attempt(email: string, password: string, from: { xff?: string; cookie?: string } = {}) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (from.xff) headers["x-forwarded-for"] = from.xff;
  if (from.cookie) headers.cookie = from.cookie;
  return authRoute.POST(
    new Request("http://127.0.0.1:3000/api/auth/sign-in/email", {
      method: "POST",
      headers,
      body: JSON.stringify({ email, password }),
    }),
  );
}

const statuses = async (count: number, send: (index: number) => Promise<Response>) => {
  const seen: number[] = [];
  for (let index = 0; index < count; index++) seen.push((await send(index)).status);
  return seen;
};

// The clock stands still unless a test moves it: a slow machine must not outwait a back-off between two attempts.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
});

/** Each attempt checks a password with scrypt: the tests with many attempts get time on a busy machine. */
const MANY_ATTEMPTS_MS = 180_000;

afterEach(() => {
  vi.useRealTimers();
  delete process.env.IB_TRUSTED_PROXIES;
});

describe("the client address", () => {
  it(
    "is the right-most address past the trusted proxies: entries a client writes give it no new address",
    async () => {
      process.env.IB_TRUSTED_PROXIES = "10.0.0.0/8, 192.0.2.1";
      const spoofing = await statuses(14, (index) =>
        attempt(`nobody${index}@example.test`, "wrong password!!", { xff: `198.51.100.${index}, 203.0.113.7` }),
      );
      expect(spoofing).toEqual([...Array(10).fill(401), 429, 429, 429, 429]);
      const other = await attempt("nobody@example.test", "wrong password!!", {
        xff: "203.0.113.8, 10.1.2.3, 192.0.2.1",
      });
      expect(other.status, "another client behind two trusted proxies has its own count").toBe(401);

      const [event] = (await listAuditEvents({ action: "session.sign-in" }, { limit: 1 })).events;
      expect(event.details).toMatchObject({ address: "203.0.113.8", email: "nobody@example.test" });
    },
    MANY_ATTEMPTS_MS,
  );

  it("is unknown without trusted proxies: forwarding headers are ignored", async () => {
    const email = await newOwner();
    const spread = await statuses(7, (index) => attempt(email, "wrong password!!", { xff: `198.51.100.${index}` }));
    expect(spread, "six addresses written by the client are one unknown source").toEqual([
      401, 401, 401, 401, 401, 429, 429,
    ]);
    const [event] = (await listAuditEvents({ action: "session.sign-in" }, { limit: 1 })).events;
    expect(event.details.address).toBeUndefined();
  });
});

describe("wrong passwords", () => {
  it("slow their sender down, doubling the wait, and do not lock the owner out", async () => {
    process.env.IB_TRUSTED_PROXIES = "10.0.0.0/8";
    const email = await newOwner();
    const attacker = { xff: "203.0.113.50" };
    expect(await statuses(7, () => attempt(email, "wrong password!!", attacker))).toEqual([
      401, 401, 401, 401, 401, 429, 429,
    ]);
    expect((await attempt(email, PASSWORD, { xff: "198.51.100.20" })).status, "the owner elsewhere").toBe(200);

    vi.setSystemTime(Date.now() + 1_500);
    expect((await attempt(email, "wrong password!!", attacker)).status, "after the 1 s wait").toBe(401);
    const waiting = await attempt(email, "wrong password!!", attacker);
    expect(waiting.status).toBe(429);
    expect(waiting.headers.get("retry-after")).toBe("2");
  });

  it(
    "spread over many addresses stop new browsers, never the browser that signed in before",
    async () => {
      process.env.IB_TRUSTED_PROXIES = "10.0.0.0/8";
      const email = await newOwner();
      const ownBrowser = sessionCookieOf(await attempt(email, PASSWORD, { xff: "198.51.100.30" }));
      expect(ownBrowser).toContain("ib.sign_in_device=");
      const spread = await statuses(22, (index) => attempt(email, "wrong password!!", { xff: `198.18.0.${index}` }));
      expect(
        spread.slice(0, 20).every((status) => status === 401),
        String(spread),
      ).toBe(true);
      expect(spread.slice(20)).toEqual([429, 429]);
      expect((await attempt(email, PASSWORD, { xff: "198.51.100.31" })).status, "a new browser waits").toBe(429);
      expect((await attempt(email, PASSWORD, { xff: "198.51.100.31", cookie: ownBrowser })).status).toBe(200);
    },
    MANY_ATTEMPTS_MS,
  );

  it("without trusted proxies still leave the owner's own browser in", async () => {
    const email = await newOwner();
    const ownBrowser = sessionCookieOf(await attempt(email, PASSWORD));
    expect(await statuses(7, () => attempt(email, "wrong password!!"))).toEqual([401, 401, 401, 401, 401, 429, 429]);
    expect((await attempt(email, PASSWORD, { cookie: ownBrowser })).status).toBe(200);
    const forOtherEmail = await newOwner();
    expect(
      (await attempt(forOtherEmail, PASSWORD, { cookie: ownBrowser })).status,
      "a browser's mark counts only for the email it signed in to",
    ).toBe(200);
  });

  it("hold for every app instance on the same database", async () => {
    const email = await newOwner();
    expect(await statuses(5, () => attempt(email, "wrong password!!"))).toEqual([401, 401, 401, 401, 401]);
    // A second instance: the app's modules loaded afresh (and a new better-auth), only the database shared.
    vi.resetModules();
    delete (globalThis as { __ibAuth?: unknown }).__ibAuth;
    const otherInstance = await import("@/app/api/auth/[...all]/route");
    expect(otherInstance.POST).not.toBe(authRoute.POST);
    const refused = await otherInstance.POST(
      new Request("http://127.0.0.1:3000/api/auth/sign-in/email", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email, password: "wrong password!!" }),
      }),
    );
    expect(refused.status).toBe(429);
  });

  it("hold for the current password a session gives to verify-password", async () => {
    const email = await newOwner();
    const session = sessionCookieOf(await attempt(email, PASSWORD));
    const verify = (password: string) =>
      authRoute.POST(
        new Request("http://127.0.0.1:3000/api/auth/verify-password", {
          method: "POST",
          headers: { "content-type": "application/json", cookie: session, origin: "http://127.0.0.1:3000" },
          body: JSON.stringify({ password }),
        }),
      );
    const wrong = await statuses(6, () => verify("wrong password!!"));
    expect(
      wrong.slice(0, 5).every((status) => status >= 400 && status !== 429),
      String(wrong),
    ).toBe(true);
    expect(wrong[5]).toBe(429);
  });
});
