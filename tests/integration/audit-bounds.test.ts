// What an audit event keeps is bounded and secret-free whoever records it (recordAudit is also called directly, e.g.
// for sign-in): values under secret keys and registered secret values removed, long texts cut, nested values
// summarised, the whole details object kept small; the log keeps its newest IB_AUDIT_MAX_ANONYMOUS_EVENTS
// events of nobody signed in, and every signed-in event within the retention.
import { describe, expect, it } from "vitest";
import { useTempDatabase } from "../helpers/temp-db";

useTempDatabase();
const { recordAudit } = await import("@/lib/audit/record");
const { listAuditEvents } = await import("@/lib/audit/query");
const { registerSecrets } = await import("@/lib/log");
const { MAX_DETAILS_CHARS, MAX_TEXT_LENGTH } = await import("@/lib/audit/model");

const actor = { userId: "u1", email: "ada@example.com", role: "admin", via: "session" } as const;

describe("recordAudit", () => {
  it("keeps details small and without secrets", async () => {
    registerSecrets(["registered-secret-value-9911"]);
    await recordAudit({
      actor,
      action: "session.sign_in",
      target: { type: "user", id: "u1", name: "ada@example.com" },
      outcome: "failure",
      details: {
        password: "typed-password-3322",
        reason: "wrong password for registered-secret-value-9911",
        long: "x".repeat(5_000),
        nested: { token: "nested-token-4455" },
        ...Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`field${i}`, "y".repeat(150)])),
      },
    });
    const [event] = (await listAuditEvents({ action: "session.sign_in" })).events;
    const text = JSON.stringify(event);
    for (const secret of ["typed-password-3322", "registered-secret-value-9911", "nested-token-4455"])
      expect(text).not.toContain(secret);
    expect(event.details.password).toBe("[redacted]");
    expect(event.details.nested).toBe("[…]");
    expect((event.details.long as string).length).toBe(MAX_TEXT_LENGTH);
    expect(event.details.truncated).toBe(true);
    expect(JSON.stringify(event.details).length).toBeLessThanOrEqual(MAX_DETAILS_CHARS + 20);
    expect(event).toMatchObject({ actor: { id: "u1", email: "ada@example.com" }, outcome: "failure" });
  });

  it("keeps only the newest IB_AUDIT_MAX_ANONYMOUS_EVENTS anonymous events, and every signed-in one", async () => {
    process.env.IB_AUDIT_MAX_ANONYMOUS_EVENTS = "3";
    try {
      for (let i = 0; i < 5; i++) {
        await recordAudit({
          actor: null,
          action: "test.bound",
          target: { type: "test", id: String(i) },
          outcome: "success",
        });
        await recordAudit({ actor, action: "test.kept", target: { type: "test", id: String(i) }, outcome: "success" });
      }
      const anonymous = (await listAuditEvents({ action: "test.bound" })).events;
      expect(anonymous.map((event) => event.target.id)).toEqual(["4", "3", "2"]);
      expect(anonymous[0].actor).toEqual({ id: "anonymous", email: "anonymous" });
      expect((await listAuditEvents({ action: "test.kept" })).events).toHaveLength(5);
    } finally {
      delete process.env.IB_AUDIT_MAX_ANONYMOUS_EVENTS;
    }
  });
});
