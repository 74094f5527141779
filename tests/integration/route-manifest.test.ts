// Issue 19 point 6 / issue 20 point 2: lib/routes/manifest.ts is the one description of the JSON routes. It names
// exactly the methods the app/api tree exports (a route without an entry, or an entry without a route, fails by its
// key), every `ib` command with a route is named by an entry and names it back, and a request finds its entry by its
// path and params, a malformed percent-escape in an id included (a 404, never a 500).
import { beforeAll, describe, expect, it } from "vitest";
import { type ApiRoute, apiRoutes, manifestDifferences } from "../helpers/api-routes";
import { signIn, type SignedIn } from "../helpers/signed-in";
import { useTempDatabase } from "../helpers/temp-db";

useTempDatabase();
const { ROUTE_MANIFEST, routeOf } = await import("@/lib/routes/manifest");
const { routeKeyOf } = await import("@/lib/routes/match");
const { TARGET_TYPES } = await import("@/lib/audit/targets");
const { COMMANDS } = await import("@/lib/cli/commands/index");

const KEYS = Object.keys(ROUTE_MANIFEST) as (keyof typeof ROUTE_MANIFEST)[];
const PATH_IDS = ["projectId", "flowId", "connectionId"];

let routes: ApiRoute[];
let owner: SignedIn;
beforeAll(async () => {
  routes = await apiRoutes();
  owner = await signIn("owner");
});

describe("the route manifest", () => {
  it("has one entry per method every route.ts under app/api exports, and no other", () => {
    expect(
      manifestDifferences(
        routes.map((route) => route.key),
        KEYS,
      ),
    ).toEqual({ withoutEntry: [], withoutRoute: [] });
    expect(routes.length).toBeGreaterThan(90);
  });

  it("bites: a route the manifest lacks and an entry without its route are named", () => {
    const tree = [...routes.map((route) => route.key), "POST /api/projects/[projectId]/export-secrets"];
    const manifest = [...KEYS.filter((key) => key !== "GET /api/contracts"), "DELETE /api/roles"];
    expect(manifestDifferences(tree, manifest)).toEqual({
      withoutEntry: ["GET /api/contracts", "POST /api/projects/[projectId]/export-secrets"],
      withoutRoute: ["DELETE /api/roles"],
    });
  });

  it("audits no GET, names known target types, and scopes exactly the routes whose path names a project or OIN app", () => {
    for (const key of KEYS) {
      const entry = ROUTE_MANIFEST[key] as (typeof ROUTE_MANIFEST)[typeof key];
      if ("why" in entry) continue;
      const { method, pattern } = routeOf(key);
      if (method === "GET") expect(entry.audit, key).toBeNull();
      if (entry.audit) expect(Object.keys(TARGET_TYPES), key).toContain(entry.audit.target);
      // Both ways: a path naming a project (or what it holds) or an OIN app is under that policy, and only then.
      expect(entry.scope?.resource === "project", key).toBe(PATH_IDS.some((id) => pattern.includes(`[${id}]`)));
      expect(entry.scope?.resource === "oinApp", key).toBe(pattern.includes("[oinAppId]"));
      if (method !== "GET" && entry.permission === "read" && !entry.readsOnly)
        throw new Error(`${key} changes state with "read"`);
    }
  });

  it("names every ib command that has a route, and each command it names has one", async () => {
    const named = new Set(
      KEYS.flatMap((key) =>
        "commands" in ROUTE_MANIFEST[key] ? [...(ROUTE_MANIFEST[key] as { commands: string[] }).commands] : [],
      ),
    );
    const withRoute: string[] = [];
    for (const [words, entry] of Object.entries(COMMANDS)) {
      const command = await entry.load();
      expect(command.name, words).toBe(words);
      if (command.callsRoute) withRoute.push(words);
    }
    expect(withRoute.filter((words) => !named.has(words))).toEqual([]);
    expect([...named].filter((words) => !withRoute.includes(words))).toEqual([]);
    expect(withRoute.length).toBeGreaterThan(25);
  });
});

describe("a request's entry", () => {
  it("is found by the pattern its path and params fit, a literal segment before a param", () => {
    expect(routeKeyOf("GET", "/api/projects/p1/connections/draft", { projectId: "p1" })).toBe(
      "GET /api/projects/[projectId]/connections/draft",
    );
    expect(routeKeyOf("GET", "/api/projects/p1/connections/draft", { projectId: "p1", connectionId: "draft" })).toBe(
      "GET /api/projects/[projectId]/connections/draft",
    );
    expect(routeKeyOf("get", "/api/projects/p%201", { projectId: "p 1" })).toBe("GET /api/projects/[projectId]");
    expect(routeKeyOf("GET", "/api/projects/projects", { projectId: "projects" })).toBe(
      "GET /api/projects/[projectId]",
    );
    expect(routeKeyOf("POST", "/api/projects/p1", { projectId: "p1" })).toBeUndefined();
    expect(routeKeyOf("GET", "/api/projects/p1", { projectId: "p2" })).toBeUndefined();
  });

  it("answers a malformed percent-escape, a dot segment or an empty id with 404, never 500", async () => {
    const projectRoute = await import("@/app/api/projects/[projectId]/route");
    const flowRoute = await import("@/app/api/flows/[flowId]/route");
    const oinAppRoute = await import("@/app/api/oin-apps/[oinAppId]/route");
    const cases: [ApiRoute["handler"], RequestInit, string, Record<string, string>][] = [
      [
        projectRoute.PATCH as ApiRoute["handler"],
        { method: "PATCH", headers: { "content-type": "application/json" }, body: "{}" },
        "/api/projects/%E0%A4%A",
        { projectId: "%E0%A4%A" },
      ],
      [flowRoute.GET as ApiRoute["handler"], { method: "GET" }, "/api/flows/%ZZ", { flowId: "%ZZ" }],
      // A dot segment leaves the normalized URL ("/api/flows/%2e%2e" is "/api"): it still names nothing.
      [flowRoute.GET as ApiRoute["handler"], { method: "GET" }, "/api/flows/%2e%2e", { flowId: ".." }],
      [flowRoute.GET as ApiRoute["handler"], { method: "GET" }, "/api/flows/.", { flowId: "." }],
      [oinAppRoute.DELETE as ApiRoute["handler"], { method: "DELETE" }, "/api/oin-apps/", { oinAppId: "" }],
    ];
    for (const [handler, init, path, params] of cases) {
      const response = await handler(owner.request(`http://127.0.0.1${path}`, init), {
        params: Promise.resolve(params),
      });
      expect(response.status, path).toBe(404);
    }
  });
});
