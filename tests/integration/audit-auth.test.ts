// Sign-in (a failure too), sign-out and password change through the auth route each leave one audit event naming
// who, and never the password.
import { describe, expect, it } from "vitest";
import { useTempDatabase } from "../helpers/temp-db";

useTempDatabase();

const { createUser } = await import("@/lib/accounts/users");
const { LOCAL_OWNER } = await import("@/lib/accounts/local");
const { listAuditEvents } = await import("@/lib/audit/query");
const authRoute = await import("@/app/api/auth/[...all]/route");

const EMAIL = "audited@example.test";
const PASSWORD = "audited-password-7781";

const post = (path: string, body: unknown, cookie = "") =>
  authRoute.POST(
    new Request(`http://127.0.0.1/api/auth/${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
      body: JSON.stringify(body),
    }),
  );

describe("the audit log of sign-in and sign-out", () => {
  it("records a failed sign-in with the email tried, a sign-in and a sign-out with their user", async () => {
    await createUser(LOCAL_OWNER, { email: EMAIL, password: PASSWORD, role: "builder" });
    expect((await post("sign-in/email", { email: EMAIL, password: "not-the-password-00" })).status).toBe(401);
    const signedIn = await post("sign-in/email", { email: EMAIL, password: PASSWORD });
    expect(signedIn.status).toBe(200);
    const cookie = signedIn.headers
      .getSetCookie()
      .map((line) => line.split(";")[0])
      .join("; ");
    expect((await post("sign-out", {}, cookie)).status).toBe(200);

    const { events } = await listAuditEvents({ action: "session" }, { limit: 10 });
    expect(events.map(({ action, outcome, actor }) => ({ action, outcome, actor: actor.email }))).toEqual([
      { action: "session.sign-out", outcome: "success", actor: EMAIL },
      { action: "session.sign-in", outcome: "success", actor: EMAIL },
      { action: "session.sign-in", outcome: "failure", actor: expect.not.stringContaining("@") },
    ]);
    expect(events[2].details).toMatchObject({ email: EMAIL, status: 401 });
    expect(JSON.stringify(events)).not.toContain("password-");
  });
});
