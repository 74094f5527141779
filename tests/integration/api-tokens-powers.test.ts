// Issue 20, finding 5: an API token cannot mint tokens (a short-lived token would otherwise make a longer-lived one
// that outlives its revocation), and creating users or changing roles needs a signed-in session, not a token.
import { describe, expect, it } from "vitest";
import { signIn } from "../helpers/signed-in";
import { useTempDatabase } from "../helpers/temp-db";

useTempDatabase();
const owner = await signIn("owner");
const builder = await signIn("builder");
const tokensRoute = await import("@/app/api/tokens/route");
const usersRoute = await import("@/app/api/users/route");
const userRoute = await import("@/app/api/users/[userId]/route");

const APP = "http://127.0.0.1:3000";
const noParams = { params: Promise.resolve({}) };
const json = (method: string, body: unknown, headers: Record<string, string>) => ({
  method,
  headers: { "content-type": "application/json", ...headers },
  body: JSON.stringify(body),
});

async function ownerToken(expiresInDays: number): Promise<string> {
  const response = await tokensRoute.POST(
    owner.request(`${APP}/api/tokens`, json("POST", { name: "parent", scope: "write", expiresInDays }, {})),
    noParams,
  );
  expect(response.status).toBe(200);
  return (await response.json()).secret;
}

describe("what an API token may not do", () => {
  it("refuses to create a token with a token", async () => {
    const bearer = { authorization: `Bearer ${await ownerToken(1)}` };
    const child = await tokensRoute.POST(
      new Request(`${APP}/api/tokens`, json("POST", { name: "child", scope: "write", expiresInDays: 365 }, bearer)),
      noParams,
    );
    expect(child.status).toBe(403);
    expect((await child.json()).message).toMatch(/signed-in session/);
    const listed = await tokensRoute.GET(new Request(`${APP}/api/tokens`, { headers: bearer }), noParams);
    expect((await listed.json()).tokens.map((token: { name: string }) => token.name)).toEqual(["parent"]);
  });

  it("refuses to create users or owners, or change a role, with a token", async () => {
    const bearer = { authorization: `Bearer ${await ownerToken(1)}` };
    const created = await usersRoute.POST(
      new Request(
        `${APP}/api/users`,
        json("POST", { email: "new-owner@example.test", password: "a long enough password", role: "owner" }, bearer),
      ),
      noParams,
    );
    expect(created.status).toBe(403);
    const promoted = await userRoute.PATCH(
      new Request(`${APP}/api/users/${builder.userId}`, json("PATCH", { role: "owner" }, bearer)),
      { params: Promise.resolve({ userId: builder.userId }) },
    );
    expect(promoted.status).toBe(403);
    const users = await usersRoute.GET(owner.request(`${APP}/api/users`), noParams);
    expect(
      (await users.json()).users.map((user: { email: string; role: string }) => `${user.email} ${user.role}`),
    ).toEqual([`${owner.email} owner`, `${builder.email} builder`]);
  });

  it("still lets the session do both", async () => {
    const created = await usersRoute.POST(
      owner.request(
        `${APP}/api/users`,
        json("POST", { email: "by-session@example.test", password: "a long enough password", role: "viewer" }, {}),
      ),
      noParams,
    );
    expect(created.status).toBe(201);
  });
});
