// Owner setup on first start (POST /api/setup): open only while no user exists, no default password, the owner is
// signed in at once; afterwards the route refuses, and the Users routes follow the owner-only rules for owners.
import { describe, expect, it } from "vitest";
import { sessionCookieOf, withCookie } from "../helpers/signed-in";
import { useTempDatabase } from "../helpers/temp-db";

useTempDatabase();
const setup = await import("@/app/api/setup/route");
const users = await import("@/app/api/users/route");
const user = await import("@/app/api/users/[userId]/route");

const APP = "http://127.0.0.1:3000";
const noParams = { params: Promise.resolve({}) } as { params: Promise<Record<string, never>> };
const post = (url: string, body: unknown, cookie = "") =>
  withCookie(cookie, url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });

describe("owner setup", () => {
  let ownerCookie = "";

  it("is offered while no user exists, refuses a weak password at its field, then signs the owner in", async () => {
    expect(await (await setup.GET(new Request(`${APP}/api/setup`), noParams)).json()).toEqual({ needed: true });
    const weak = await setup.POST(
      post(`${APP}/api/setup`, { email: "boss@example.test", password: "short" }),
      noParams,
    );
    expect(weak.status).toBe(400);
    expect((await weak.json()).errors[0].location).toEqual({ field: "password", pointer: "/password" });

    const created = await setup.POST(
      post(`${APP}/api/setup`, { email: "Boss@Example.test", password: "the owner's password", role: "viewer" }),
      noParams,
    );
    expect(created.status).toBe(201);
    expect((await created.json()).user).toMatchObject({ email: "boss@example.test", role: "owner" });
    const cookie = created.headers.getSetCookie().find((line) => line.startsWith("ib.session_token="));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    ownerCookie = sessionCookieOf(created);
    expect((await users.GET(withCookie(ownerCookie, `${APP}/api/users`), noParams)).status).toBe(200);
  });

  it("is closed once a user exists", async () => {
    expect(await (await setup.GET(new Request(`${APP}/api/setup`), noParams)).json()).toEqual({ needed: false });
    const again = await setup.POST(
      post(`${APP}/api/setup`, { email: "intruder@example.test", password: "a long enough password" }),
      noParams,
    );
    expect(again.status).toBe(403);
    expect((await again.json()).message).toBe("The owner is already set up: sign in, or ask an admin for a user.");
  });

  it("lets the owner add users and roles, keeps the only owner, and refuses an admin making owners", async () => {
    const added = await users.POST(
      post(
        `${APP}/api/users`,
        { email: "ada@example.test", password: "ada's first password", role: "admin" },
        ownerCookie,
      ),
      noParams,
    );
    expect(added.status).toBe(201);
    const ada = (await added.json()).user as { id: string };
    const duplicate = await users.POST(
      post(
        `${APP}/api/users`,
        { email: "ADA@example.test", password: "another password!", role: "viewer" },
        ownerCookie,
      ),
      noParams,
    );
    expect(duplicate.status).toBe(409);

    const list = (await (await users.GET(withCookie(ownerCookie, `${APP}/api/users`), noParams)).json()) as {
      users: { id: string; email: string; role: string }[];
    };
    const owner = list.users.find((each) => each.role === "owner") as { id: string };
    const patch = (id: string, role: string, cookie: string) =>
      user.PATCH(
        withCookie(cookie, `${APP}/api/users/${id}`, {
          method: "PATCH",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ role }),
        }),
        { params: Promise.resolve({ userId: id }) },
      );
    const demoted = await patch(owner.id, "admin", ownerCookie);
    expect(demoted.status).toBe(409);
    expect((await demoted.json()).message).toBe("boss@example.test is the only owner: make another user owner first.");

    const { signInResponse } = await import("../helpers/signed-in");
    const adaCookie = sessionCookieOf(await signInResponse("ada@example.test", "ada's first password"));
    const selfPromoted = await patch(ada.id, "owner", adaCookie);
    expect(selfPromoted.status).toBe(403);
    expect((await selfPromoted.json()).message).toBe(
      "Only an owner may make or change an owner; ada@example.test is admin.",
    );
    expect((await patch(owner.id, "viewer", adaCookie)).status).toBe(403);
    expect(await (await patch(ada.id, "builder", ownerCookie)).json()).toMatchObject({ user: { role: "builder" } });
  });
});
