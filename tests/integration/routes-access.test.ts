// The instance policy on every page (without a session every page redirects to sign-in, and each checks the session
// itself) and on the audit and users routes (owners and admins only). Every JSON route × every caller is asserted by
// tests/integration/access-matrix.test.ts, generated from the route manifest.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { type SignedIn, signIn } from "../helpers/signed-in";
import { useTempDatabase } from "../helpers/temp-db";

useTempDatabase();
const { proxy } = await import("@/proxy");

const API_DIR = join(process.cwd(), "app", "api");
const APP_DIR = join(process.cwd(), "app");
const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);
const PUBLIC_PAGES = new Set(["sign-in", "setup"]);

type RouteHandler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

function files(dir: string, name: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return files(path, name);
    return entry === name ? [path] : [];
  });
}

async function call(file: string, path: string, method: string, signedIn?: SignedIn): Promise<Response | undefined> {
  const handler = ((await import(file)) as Partial<Record<string, RouteHandler>>)[method];
  if (!handler) return undefined;
  const params = Object.fromEntries([...path.matchAll(/\[(\w+)\]/g)].map((match) => [match[1], `id-${match[1]}`]));
  const url = `http://127.0.0.1/api/${path.replace(/\[(\w+)\]/g, (_all, name: string) => params[name])}`;
  const init: RequestInit = STATE_CHANGING.has(method)
    ? { method, headers: { "content-type": "application/json" }, body: "{}" }
    : { method };
  const request = signedIn ? signedIn.request(url, init) : new Request(url, init);
  return handler(request, { params: Promise.resolve(params) });
}

let viewer: SignedIn;
let builder: SignedIn;
let admin: SignedIn;
beforeAll(async () => {
  [viewer, builder, admin] = await Promise.all([signIn("viewer"), signIn("builder"), signIn("admin")]);
});

describe("the audit log's routes", () => {
  it("are for owners and admins: a viewer gets 403 naming audit", async () => {
    const auditRoute = join(API_DIR, "audit", "route.ts");
    const refused = (await call(auditRoute, "audit", "GET", viewer)) as Response;
    expect(refused.status).toBe(403);
    expect((await refused.json()).message).toContain('"audit"');
    expect(((await call(auditRoute, "audit", "GET", admin)) as Response).status).toBe(200);
  });
});

describe("the users routes", () => {
  const usersRoute = join(API_DIR, "users", "route.ts");

  it("are for owners and admins: a builder gets 403 naming manage_users", async () => {
    const refused = (await call(usersRoute, "users", "GET", builder)) as Response;
    expect(refused.status).toBe(403);
    expect((await refused.json()).message).toContain('"manage_users"');
    expect(((await call(usersRoute, "users", "GET", admin)) as Response).status).toBe(200);
  });
});

describe("every page", () => {
  const pages = files(APP_DIR, "page.tsx").map((file) => relative(APP_DIR, file).split(sep).slice(0, -1).join("/"));

  it("redirects to sign-in without a session cookie (proxy.ts)", () => {
    for (const page of pages.filter((page) => !PUBLIC_PAGES.has(page))) {
      const path = `/${page.replace(/\[(\w+)\]/g, "some-$1")}`;
      const response = proxy(new NextRequest(`http://127.0.0.1${path}`));
      expect(response.status, path).toBe(307);
      expect(new URL(response.headers.get("location") ?? "").pathname, path).toBe("/sign-in");
    }
    for (const page of PUBLIC_PAGES)
      expect(proxy(new NextRequest(`http://127.0.0.1/${page}`)).headers.get("location"), page).toBeNull();
  });

  it("checks the session itself: each page outside sign-in and setup calls pageActor()", () => {
    for (const page of pages.filter((page) => !PUBLIC_PAGES.has(page))) {
      const source = readFileSync(join(APP_DIR, page, "page.tsx"), "utf8");
      expect(source, `app/${page}/page.tsx`).toMatch(/await pageActor\(\)/);
    }
  });
});
