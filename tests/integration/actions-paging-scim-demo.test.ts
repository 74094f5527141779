// The SCIM demo (scimmy, started here) pages its List Users by startIndex/count: the drafted flow, run through the
// engine with limit 2 over 5 users created by the drafted Create User, lists each user exactly once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningScimDemo, startScimDemo } from "@/demo/scim/server";
import { bundleFromSpec } from "@/lib/bundle/from-spec";
import type { ProjectBundle } from "@/lib/bundle/model";
import { runBundleFlow } from "@/lib/bundle/run";
import { parseBundle } from "@/lib/bundle/schema";
import { ingestSpec } from "@/lib/spec/ingest";

describe("List Users drafted from the SCIM demo's spec", { timeout: 120_000 }, () => {
  let demo: RunningScimDemo;
  let bundle: ProjectBundle;
  const run = async (flow: string, inputs: Record<string, unknown>) => {
    const source = { kind: "baseUrl" as const, baseUrl: demo.url, values: { token: demo.settings.bearerToken } };
    const result = await runBundleFlow(bundle, flow, inputs, source);
    expect(result.error).toBeUndefined();
    return result.outputs as {
      resources?: { id: string }[];
      pagination?: { nextCursor?: string };
      executionStatus: { status: string };
    };
  };

  beforeAll(async () => {
    demo = await startScimDemo();
    const document = demo.openapi();
    const ingested = await ingestSpec(JSON.stringify(document));
    if (!ingested.ok) throw new Error("the SCIM demo's description does not ingest");
    const drafted = bundleFromSpec(ingested.index, {
      authScheme: "bearerAuth",
      actions: { document, contracts: ["Provisioning Create User", "Provisioning List Users"] },
    });
    expect(drafted.actions?.skipped).toEqual([]);
    bundle = parseBundle(drafted.bundle, "scim-demo");
  });
  afterAll(() => demo.close());

  it("pages by startIndex/count: 5 users, limit 2, every user once, no cursor repeated", async () => {
    for (const name of ["ada", "grace", "alan", "edsger", "barbara"]) {
      const created = await run("Provisioning Create User", {
        user: { schemas: [], id: name, userName: `${name}@scim.test`, name: { givenName: name, familyName: "Test" } },
      });
      expect(created.executionStatus.status).toBe("SUCCEEDED");
    }
    const stored = demo.store.inspect().users.map((user) => user.id);
    expect(stored).toHaveLength(5);

    const listed: string[] = [];
    const cursors: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await run("Provisioning List Users", { pagination: { limit: 2, ...(cursor ? { cursor } : {}) } });
      expect(page.executionStatus.status).toBe("SUCCEEDED");
      expect((page.resources ?? []).length).toBeLessThanOrEqual(2);
      listed.push(...(page.resources ?? []).map((user) => user.id));
      cursor = page.pagination?.nextCursor;
      if (cursor) cursors.push(cursor);
    } while (cursor && cursors.length < 10);
    expect(listed.sort()).toEqual([...stored].sort());
    // The second page's cursor carries the first page's fingerprint, so a repeated first page is caught.
    expect(cursors).toEqual([expect.stringMatching(/^3~[0-9a-f]{8}$/), "5"]);
  });
});
