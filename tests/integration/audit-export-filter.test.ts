// The audit log's JSON lines export, filtered as the Audit page's "Export JSON lines" link asks
// (tests/e2e/tokens-audit.spec.ts): a token created and revoked through its routes gives one token.revoke line,
// naming the token, and the export holds no secret.
import { describe, expect, it } from "vitest";
import { signIn } from "../helpers/signed-in";
import { useTempDatabase } from "../helpers/temp-db";

useTempDatabase();
const owner = await signIn("owner");
const tokensRoute = await import("@/app/api/tokens/route");
const tokenRoute = await import("@/app/api/tokens/[tokenId]/route");
const exportRoute = await import("@/app/api/audit/export/route");

describe("GET /api/audit/export?action=…", () => {
  it("exports the token.revoke event alone, as one JSON line naming the token", async () => {
    const created = await tokensRoute.POST(
      owner.request("http://127.0.0.1/api/tokens", {
        method: "POST",
        body: JSON.stringify({ name: "Browser CI", scope: "write", expiresInDays: 7 }),
        headers: { "content-type": "application/json" },
      }),
      { params: Promise.resolve({}) },
    );
    expect(created.status).toBe(200);
    const { token, secret } = (await created.json()) as { token: { id: string }; secret: string };
    const revoked = await tokenRoute.DELETE(
      owner.request(`http://127.0.0.1/api/tokens/${token.id}`, { method: "DELETE" }),
      { params: Promise.resolve({ tokenId: token.id }) },
    );
    expect(revoked.status).toBe(200);

    const exported = await exportRoute.GET(owner.request("http://127.0.0.1/api/audit/export?action=token.revoke"), {
      params: Promise.resolve({}),
    });
    expect(exported.status).toBe(200);
    expect(exported.headers.get("content-type")).toBe("application/x-ndjson");
    const text = await exported.text();
    const lines = text.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0])).toMatchObject({
      action: "token.revoke",
      actor: { email: owner.email },
      target: { type: "token", name: "Browser CI" },
    });
    expect(text).not.toContain(secret);

    const family = await exportRoute.GET(owner.request("http://127.0.0.1/api/audit/export?action=token"), {
      params: Promise.resolve({}),
    });
    const actions = (await family.text())
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line).action);
    expect(actions).toEqual(["token.create", "token.revoke"]);
  });
});
