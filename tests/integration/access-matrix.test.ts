// Issue 20's access matrix, generated from lib/routes/manifest.ts: every route × every kind of caller, through the
// real handlers with real Requests on one real database. The expected answer of each cell comes from the route's
// entry and the rules below (stated once, here): 401 without a valid identity, 403 when the instance permission, the
// token's scope or the project / OIN app policy refuses, otherwise past the gate (neither 401 nor 403, nor a 500).
// Each caller works in a world of its own (project, linked OIN app, auth configuration, connection, flow, token), so
// what one caller deletes is never what another asks about; deletions run last.
import { beforeAll, describe, expect, it } from "vitest";
import type { InstanceRole } from "@/lib/accounts/actor";
import type { Permission } from "@/lib/accounts/policy";
import type { ProjectAction } from "@/lib/access/policy";
import type { RouteEntry } from "@/lib/routes/manifest";
import { type ApiRoute, apiRoutes } from "../helpers/api-routes";
import { type SignedIn, signIn } from "../helpers/signed-in";
import { useTempDatabase } from "../helpers/temp-db";
import { flow, returnCard } from "../unit/engine/flow-builder";

useTempDatabase();
const { ROUTE_MANIFEST } = await import("@/lib/routes/manifest");
const { createOinApp } = await import("@/lib/oin/service");
const { createProject } = await import("@/lib/projects/service");
const { createAuthConfig } = await import("@/lib/auth/store");
const connections = await import("@/lib/connections/store");
const { createFlow } = await import("@/lib/flows/store");
const { grantRole } = await import("@/lib/access/grants");
const { createApiToken, revokeApiToken } = await import("@/lib/api-tokens/store");

// The rules.
/** Who holds each instance permission. */
const INSTANCE: Record<Permission, InstanceRole[]> = {
  read: ["owner", "admin", "builder", "viewer"],
  build: ["owner", "admin", "builder"],
  manage_users: ["owner", "admin"],
  audit: ["owner", "admin"],
};
type ProjectRole = "none" | "verb" | "admin";
/** What a builder may ask of a project by the project role held; owners and admins may ask anything, viewers read. */
const PROJECT: Record<ProjectRole, ProjectAction[]> = {
  none: ["read"],
  verb: ["read", "run"],
  admin: ["read", "change", "clone", "delete", "run", "certify", "manageRoles"],
};
// Each world's OIN app is linked to its project, so the project's roles govern it: change and delete as the project's.

interface Caller {
  name: string;
  /** The instance role the request acts as; undefined: no valid identity. */
  role?: InstanceRole;
  projectRole: ProjectRole;
  /** A token's scope; undefined for a session. */
  scope?: "read" | "write";
  headers: Record<string, string>;
}

type Verdict = { status: 401 | 403; says: string } | { status: "passes" };

function verdict(entry: RouteEntry, method: string, caller: Caller): Verdict {
  if (entry.open) return { status: "passes" };
  if (!caller.role) return { status: 401, says: "" };
  if (caller.scope === "read" && method !== "GET") return { status: 403, says: '"read" scope' };
  if (!INSTANCE[entry.permission].includes(caller.role))
    return { status: 403, says: `"${entry.permission}" permission` };
  const action = entry.scope?.action;
  if (!action || action === "read" || caller.role === "owner" || caller.role === "admin") return { status: "passes" };
  if (caller.role === "viewer") return { status: 403, says: "a viewer can only read" };
  return PROJECT[caller.projectRole].includes(action) ? { status: "passes" } : { status: 403, says: "needs" };
}

/** Deletions run last, each after what it would take away with it is asked about. */
const DELETE_ORDER = ["/api/tokens", "/api/flows", "/auth-configs", "/connections", "/api/oin-apps", "/link", ""];
const rank = (route: ApiRoute) =>
  route.method === "DELETE" ? 1 + DELETE_ORDER.findIndex((part) => route.pattern.includes(part)) : 0;

/** A concrete path for a pattern (the auth catch-all as the session read). */
const pathOf = (pattern: string, params: Record<string, string>) =>
  pattern.replace("[...all]", "get-session").replace(/\[(\w+)\]/g, (_all, name: string) => params[name]);

interface World {
  projectId: string;
  flowId: string;
  connectionId: string;
  authConfigId: string;
  oinAppId: string;
  tokenId: string;
  userId: string;
  executionId: string;
  version: string;
}

async function worldOf(name: string, tokenOwner: SignedIn, userId: string): Promise<World> {
  const oinApp = await createOinApp({
    displayName: `${name} app`,
    description: "Matrix",
    capabilities: ["provisioning"],
    ssoProtocol: null,
    variables: [{ label: "Subdomain", name: "subdomain" }],
    auth: { mode: "basic" },
  });
  const projectId = (await createProject({ name }, { oinAppId: oinApp.id })).id;
  const auth = await createAuthConfig(projectId, {
    name: "Key",
    type: "custom",
    settings: {},
    parameters: [{ label: "API key", key: "apiKey", type: "password", in: "header", name: "X-Key" }],
  });
  const draft = await connections.connectionDraft(projectId, auth.id);
  const connection = await connections.createConnection(projectId, {
    ...draft,
    name: "Nowhere",
    server: { protocol: "http", host: "127.0.0.1", port: 9 },
    tls: { enabled: false, rejectUnauthorized: true },
    parameters: { apiKey: "matrix-key" },
  });
  const stored = await createFlow(projectId, flow("Answer", [returnCard("ret", { ok: true })]));
  const token = await createApiToken(tokenOwner, { name: `${name} spare`, scope: "read", expiresInDays: 1 });
  return {
    projectId,
    flowId: stored.id,
    connectionId: connection.id,
    authConfigId: auth.id!,
    oinAppId: oinApp.id,
    tokenId: token.token.id,
    userId,
    executionId: "no-such-execution",
    version: "1",
  };
}

const routes = await apiRoutes();
const callers: Caller[] = [];
const worlds = new Map<string, World>();

beforeAll(async () => {
  const [viewer, builder, vera, pam, admin, owner, target] = await Promise.all(
    (["viewer", "builder", "builder", "builder", "admin", "owner", "builder"] as const).map((role) => signIn(role)),
  );
  const bearer = async (scope: "read" | "write", revoked = false) => {
    const created = await createApiToken(pam, { name: `pam ${scope}`, scope, expiresInDays: 1 });
    if (revoked) await revokeApiToken(pam, created.token.id);
    return { authorization: `Bearer ${created.secret}` };
  };
  const cookie = (who: SignedIn) => ({ cookie: who.cookie });
  callers.push(
    { name: "anonymous", projectRole: "none", headers: {} },
    { name: "viewer", role: "viewer", projectRole: "none", headers: cookie(viewer) },
    { name: "builder without a project role", role: "builder", projectRole: "none", headers: cookie(builder) },
    { name: "builder with the GET role", role: "builder", projectRole: "verb", headers: cookie(vera) },
    { name: "project admin", role: "builder", projectRole: "admin", headers: cookie(pam) },
    { name: "admin", role: "admin", projectRole: "none", headers: cookie(admin) },
    { name: "owner", role: "owner", projectRole: "none", headers: cookie(owner) },
    { name: "read token", role: "builder", projectRole: "admin", scope: "read", headers: await bearer("read") },
    { name: "write token", role: "builder", projectRole: "admin", scope: "write", headers: await bearer("write") },
    { name: "revoked token", projectRole: "admin", scope: "write", headers: await bearer("write", true) },
  );
  for (const [i, caller] of callers.entries()) {
    const world = await worldOf(`World ${i}`, pam, target.userId);
    await grantRole(world.projectId, "GET", vera);
    await grantRole(world.projectId, "admin", pam);
    worlds.set(caller.name, world);
  }
});

async function ask(route: ApiRoute, caller: Caller): Promise<Response> {
  const params = { ...worlds.get(caller.name)! } as unknown as Record<string, string>;
  const names = [...route.pattern.matchAll(/\[(?:\.\.\.)?(\w+)\]/g)].map((match) => match[1]);
  const own = Object.fromEntries(names.map((name) => [name, name === "all" ? "get-session" : params[name]]));
  const sendsBody = route.method !== "GET" && route.method !== "DELETE";
  const request = new Request(`http://127.0.0.1${pathOf(route.pattern, params)}`, {
    method: route.method,
    headers: { ...caller.headers, ...(sendsBody ? { "content-type": "application/json" } : {}) },
    body: sendsBody ? "{}" : undefined,
  });
  return route.handler(request, { params: Promise.resolve(own) });
}

describe("the access matrix", () => {
  it("answers every route for every caller as its manifest entry and the rules say", { timeout: 60_000 }, async () => {
    const wrong: string[] = [];
    const seen = new Map<string, number>();
    for (const caller of callers) {
      for (const route of [...routes].sort((a, b) => rank(a) - rank(b))) {
        const entry = (ROUTE_MANIFEST as Record<string, RouteEntry>)[route.key];
        const expected = verdict(entry, route.method, caller);
        const response = await ask(route, caller);
        const text = await response.text();
        const where = `${route.key} as ${caller.name}: expected ${expected.status}, got ${response.status} ${text.slice(0, 160)}`;
        seen.set(String(expected.status), (seen.get(String(expected.status)) ?? 0) + 1);
        if (expected.status === "passes") {
          if ([401, 403].includes(response.status) || response.status >= 500) wrong.push(where);
          continue;
        }
        const body = JSON.parse(text) as { code?: string; message?: string };
        const code = expected.status === 401 ? "unauthenticated" : "forbidden";
        if (response.status !== expected.status || body.code !== code || !body.message?.includes(expected.says))
          wrong.push(where);
      }
    }
    expect(wrong).toEqual([]);
    expect(callers).toHaveLength(10);
    // Every kind of answer is exercised.
    expect(seen.get("401")).toBeGreaterThan(150);
    expect(seen.get("403")).toBeGreaterThan(150);
    expect(seen.get("passes")).toBeGreaterThan(300);
  });
});
