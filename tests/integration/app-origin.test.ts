// Point 10 of issue 13: the app answers only as itself. The one rule (lib/app-origin.ts, applied by proxy.ts and the
// route wrapper) refuses another Host (DNS rebinding) and a state-changing request from another site's page; the
// OAuth redirect URI comes from IB_PUBLIC_URL alone.
import { afterEach, describe, expect, it } from "vitest";
import { useTempDatabase } from "../helpers/temp-db";
import { signIn } from "../helpers/signed-in";

useTempDatabase();

const owner = await signIn();
const { requestRefusal } = await import("@/lib/app-origin");
const { oauthCallbackUrl } = await import("@/lib/oauth/connect");
const projects = await import("@/app/api/projects/route");

const noParams = { params: Promise.resolve({}) } as { params: Promise<Record<string, never>> };

afterEach(() => {
  delete process.env.IB_PUBLIC_URL;
});

describe("requestRefusal", () => {
  const refused = (facts: { method: string; host: string; origin: string | null }, publicUrl?: string) =>
    requestRefusal(facts, publicUrl)?.message;

  it("takes the app's own host and its loopback equivalents on the same port", () => {
    for (const host of ["127.0.0.1:3000", "localhost:3000", "[::1]:3000"])
      expect(refused({ method: "GET", host, origin: null }, "http://127.0.0.1:3000")).toBeUndefined();
    expect(refused({ method: "GET", host: "localhost:3001", origin: null }, "http://127.0.0.1:3000")).toBe(
      'This app answers as 127.0.0.1:3000, not "localhost:3001": set IB_PUBLIC_URL to the URL you reach it at.',
    );
    expect(refused({ method: "GET", host: "ib.example.com", origin: null }, "https://ib.example.com")).toBeUndefined();
  });

  it("with IB_PUBLIC_URL unset, takes any loopback host and refuses every other name", () => {
    expect(refused({ method: "GET", host: "localhost:4123", origin: null })).toBeUndefined();
    expect(refused({ method: "GET", host: "rebound.attacker.example:3000", origin: null })).toBe(
      'This app answers as 127.0.0.1:3000, not "rebound.attacker.example:3000": set IB_PUBLIC_URL to the URL you reach it at.',
    );
  });

  it("refuses a state-changing request from another origin, takes its own pages' and clients without Origin", () => {
    const app = "http://127.0.0.1:3000";
    for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
      expect(refused({ method, host: "127.0.0.1:3000", origin: "http://evil.example" }, app)).toBe(
        `Refused a ${method} from the page at http://evil.example: only this app's own pages (http://127.0.0.1:3000) may change things.`,
      );
      expect(refused({ method, host: "127.0.0.1:3000", origin: "null" }, app)).toMatch(/^Refused/);
      expect(refused({ method, host: "127.0.0.1:3000", origin: "http://localhost:3000" }, app)).toBeUndefined();
      expect(refused({ method, host: "127.0.0.1:3000", origin: null }, app)).toBeUndefined();
    }
    expect(refused({ method: "POST", host: "127.0.0.1:3000", origin: "https://127.0.0.1:3000" }, app)).toMatch(
      /^Refused/,
    );
    expect(refused({ method: "GET", host: "127.0.0.1:3000", origin: "http://evil.example" }, app)).toBeUndefined();
  });
});

describe("the route wrapper", () => {
  const create = (headers: Record<string, string>) =>
    projects.POST(
      owner.request("http://127.0.0.1:3000/api/projects", {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ name: "Planted" }),
      }),
      noParams,
    );
  const count = async () =>
    (
      (await (await projects.GET(owner.request("http://127.0.0.1:3000/api/projects"), noParams)).json()) as {
        projects: unknown[];
      }
    ).projects.length;

  it("refuses a cross-origin POST and an unknown Host with 403, changing nothing", async () => {
    process.env.IB_PUBLIC_URL = "http://127.0.0.1:3000";
    const crossOrigin = await create({ origin: "http://evil.example" });
    expect(crossOrigin.status).toBe(403);
    expect((await crossOrigin.json()).code).toBe("forbidden");
    expect((await create({ host: "rebound.attacker.example:3000" })).status).toBe(403);
    expect(await count()).toBe(0);
    expect((await create({ origin: "http://127.0.0.1:3000" })).status).toBe(200);
    expect(await count()).toBe(1);
  });
});

describe("OAuth redirect URI", () => {
  it("is the public URL's callback, whatever host a request named", () => {
    process.env.IB_PUBLIC_URL = "https://ib.example.com/";
    expect(oauthCallbackUrl()).toBe("https://ib.example.com/api/oauth/callback");
  });
});
