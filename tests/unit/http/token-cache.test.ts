// When a cached token counts as fresh: until 30 s or 10% of its lifetime (whichever is shorter) before expiry.
import { describe, expect, it } from "vitest";
import { isFresh } from "../../../lib/http/auth/token-cache";

describe("isFresh", () => {
  const token = (lifetimeSeconds: number) => ({
    value: "t",
    lifetimeMs: lifetimeSeconds * 1000,
    expiresAt: 1_000_000 + lifetimeSeconds * 1000,
  });

  it("keeps a one-hour token until 30 s before expiry", () => {
    expect(isFresh(token(3600), 1_000_000 + 3_569_000)).toBe(true);
    expect(isFresh(token(3600), 1_000_000 + 3_571_000)).toBe(false);
  });

  it("keeps a short token until its last 10%", () => {
    expect(isFresh(token(60), 1_000_000 + 53_000)).toBe(true);
    expect(isFresh(token(60), 1_000_000 + 55_000)).toBe(false);
  });

  it("keeps a token without an expiry until the API rejects it", () => {
    expect(isFresh({ value: "t" }, Number.MAX_SAFE_INTEGER)).toBe(true);
  });
});
