// Personal API tokens through their routes: shown once (ib_ + 32 random bytes), listed without the secret, kept only
// as a SHA-256, verified while live (last use recorded), refused once revoked or expired; bad requests name the field.
import { createHash } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { signIn } from "../helpers/signed-in";
import { useTempDatabase } from "../helpers/temp-db";

useTempDatabase();
const owner = await signIn("owner");
const tokensRoute = await import("@/app/api/tokens/route");
const tokenRoute = await import("@/app/api/tokens/[tokenId]/route");
const { verifyApiToken } = await import("@/lib/api-tokens/store");
const { db } = await import("@/lib/db/client");
const { scopeAllows } = await import("@/lib/api-tokens/model");

const noParams = { params: Promise.resolve({}) };

async function create(body: unknown) {
  const response = await tokensRoute.POST(
    owner.request("http://127.0.0.1/api/tokens", {
      method: "POST",
      body: JSON.stringify(body),
      headers: { "content-type": "application/json" },
    }),
    noParams,
  );
  return { status: response.status, json: (await response.json()) as any };
}

describe("API tokens", () => {
  it("creates a token shown once, lists it without its secret, and keeps only its SHA-256", async () => {
    const { status, json } = await create({ name: "CI", scope: "read", expiresInDays: 30 });
    expect(status).toBe(200);
    const secret: string = json.secret;
    expect(secret).toMatch(/^ib_[A-Za-z0-9_-]{43}$/);
    expect(json.token).toMatchObject({ name: "CI", scope: "read", status: "active", prefix: secret.slice(0, 12) });
    const days = (Date.parse(json.token.expiresAt) - Date.parse(json.token.createdAt)) / 86_400_000;
    expect(days).toBe(30);

    const list = await tokensRoute.GET(owner.request("http://127.0.0.1/api/tokens"), noParams);
    const listed = JSON.stringify(await list.json());
    expect(listed).toContain(json.token.id);
    expect(listed).not.toContain(secret);

    const stored = await db().apiToken.findUniqueOrThrow({ where: { id: json.token.id } });
    expect(JSON.stringify(stored)).not.toContain(secret);
    expect(stored.hash).toBe(createHash("sha256").update(secret).digest("hex"));
  });

  it("verifies a live token, records its last use, and refuses it once revoked", async () => {
    const { json } = await create({ name: "deploy", scope: "write", expiresInDays: 1 });
    const verified = await verifyApiToken(json.secret);
    expect(verified).toMatchObject({ tokenId: json.token.id, userId: owner.userId, scope: "write" });
    expect(await verifyApiToken(`${json.secret.slice(0, -1)}x`)).toBeNull();
    expect(await verifyApiToken("not-a-token")).toBeNull();

    const listed = (await (
      await tokensRoute.GET(owner.request("http://127.0.0.1/api/tokens"), noParams)
    ).json()) as any;
    expect(listed.tokens.find((token: any) => token.id === json.token.id).lastUsedAt).toEqual(expect.any(String));

    const revoked = await tokenRoute.DELETE(
      owner.request(`http://127.0.0.1/api/tokens/${json.token.id}`, { method: "DELETE" }),
      { params: Promise.resolve({ tokenId: json.token.id }) },
    );
    expect(((await revoked.json()) as any).token.status).toBe("revoked");
    expect(await verifyApiToken(json.secret)).toBeNull();
  });

  it("reuses a verified token briefly, but a revocation or role change made here takes effect at once", async () => {
    const { tokenActor, TOKEN_ACTOR_CACHE_MS } = await import("@/lib/api-tokens/actor");
    const { createApiToken, revokeApiToken } = await import("@/lib/api-tokens/store");
    const { setUserRole } = await import("@/lib/accounts/users");
    const { LOCAL_OWNER } = await import("@/lib/accounts/local");
    const admin = await signIn("admin");
    const asBearer = (secret: string, method = "POST") =>
      new Request("http://127.0.0.1/api/projects", { method, headers: { authorization: `Bearer ${secret}` } });

    const first = await createApiToken(admin, { name: "cached", scope: "write", expiresInDays: 1 });
    expect(await tokenActor(asBearer(first.secret))).toMatchObject({ userId: admin.userId, role: "admin" });
    await setUserRole(LOCAL_OWNER, admin.userId, { role: "viewer" });
    expect(await tokenActor(asBearer(first.secret))).toMatchObject({ role: "viewer" });
    await revokeApiToken(admin, first.token.id);
    await expect(tokenActor(asBearer(first.secret))).rejects.toMatchObject({ code: "unauthenticated" });

    // A revocation by another instance (here: written to the database directly, not through lib/api-tokens) is seen
    // once the entry ages out.
    const second = await createApiToken(admin, { name: "elsewhere", scope: "write", expiresInDays: 1 });
    expect(await tokenActor(asBearer(second.secret))).toMatchObject({ userId: admin.userId });
    await db().apiToken.update({ where: { id: second.token.id }, data: { revokedAt: new Date() } });
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      vi.setSystemTime(Date.now() + TOKEN_ACTOR_CACHE_MS + 1_000);
      await expect(tokenActor(asBearer(second.secret))).rejects.toMatchObject({ code: "unauthenticated" });
    } finally {
      vi.useRealTimers();
    }
  });

  it("refuses an expired token", async () => {
    const { json } = await create({ name: "old", scope: "read", expiresInDays: 1 });
    await db().apiToken.update({ where: { id: json.token.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await verifyApiToken(json.secret)).toBeNull();
  });

  it("refuses a token past the live limit, saying to revoke one", async () => {
    const { createApiToken } = await import("@/lib/api-tokens/store");
    const owner = { userId: "user-with-many", email: "many@example.com" };
    for (let i = 0; i < 50; i++) await createApiToken(owner, { name: `t${i}`, scope: "read", expiresInDays: 1 });
    await expect(createApiToken(owner, { name: "one more", scope: "read", expiresInDays: 1 })).rejects.toMatchObject({
      code: "limit_reached",
      message: expect.stringContaining("revoke one first"),
    });
  });

  it("limits a read token to GET", () => {
    expect(scopeAllows("read", "GET")).toBe(true);
    expect(scopeAllows("read", "POST")).toBe(false);
    expect(scopeAllows("write", "DELETE")).toBe(true);
  });

  it("names the field of a bad request", async () => {
    const cases: [unknown, string][] = [
      [{ scope: "read", expiresInDays: 1 }, "name"],
      [{ name: "x", scope: "admin", expiresInDays: 1 }, "scope"],
      [{ name: "x", scope: "read" }, "expiresInDays"],
      [{ name: "x", scope: "read", expiresInDays: 366 }, "expiresInDays"],
    ];
    for (const [body, field] of cases) {
      const { status, json } = await create(body);
      expect(status, field).toBe(400);
      expect(json.errors[0].location.field).toBe(field);
    }
  });
});
