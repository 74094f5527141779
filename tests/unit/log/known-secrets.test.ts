// The log's list of known secrets is bounded: a long-running server keeps the ones registered most recently
// (every connection resolve registers its own again), and forgets the oldest rather than growing without end.
import { describe, expect, it } from "vitest";
import { redactKnownSecrets, registerSecrets } from "@/lib/log";

describe("known secrets of the log", () => {
  it("keeps the newest and re-registered values within its bound", () => {
    registerSecrets(["first-secret-in-use-0001"]);
    for (let index = 0; index < 3000; index += 1) {
      registerSecrets([`old-secret-${String(index).padStart(6, "0")}`]);
      if (index % 500 === 0) registerSecrets(["first-secret-in-use-0001"]);
    }
    registerSecrets(["newest-secret-value-9999"]);
    const line = "a first-secret-in-use-0001 b newest-secret-value-9999 c old-secret-000000";
    const scrubbed = redactKnownSecrets(line);
    expect(scrubbed).not.toContain("first-secret-in-use-0001");
    expect(scrubbed).not.toContain("newest-secret-value-9999");
    expect(scrubbed).toContain("old-secret-000000");
  });
});
