// Issue 14, audit log: every state-changing route, called once, leaves exactly one audit event named by its action
// (its entry in lib/routes/manifest.ts, which must describe every such route), with actor, target and time; none of
// them holds a secret (connection and OIN app secrets, and secret-keyed fields of the request bodies, in any wire
// form); the export route gives the same events as JSON lines; retention prunes on write.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { specPath } from "../helpers/paths";
import { signIn } from "../helpers/signed-in";
import { useTempDatabase } from "../helpers/temp-db";
import { flow, returnCard } from "../unit/engine/flow-builder";

useTempDatabase();
const owner = await signIn("owner");
const { createOinApp } = await import("@/lib/oin/service");
const { createProject } = await import("@/lib/projects/service");
const { uploadSpec } = await import("@/lib/specs-store/store");
const { generateProjectAuthConfigs, listAuthConfigs } = await import("@/lib/auth/store");
const connections = await import("@/lib/connections/store");
const { createFlow } = await import("@/lib/flows/store");
const { createApiToken } = await import("@/lib/api-tokens/store");
const { LOCAL_OWNER } = await import("@/lib/accounts/local");
const { routeEntry } = await import("@/lib/routes/manifest");
const { listAuditEvents } = await import("@/lib/audit/query");
const { secretForms } = await import("@/lib/secrets/redact");
const exportRoute = await import("@/app/api/audit/export/route");
const retentionRoute = await import("@/app/api/audit/retention/route");

// Each marker is long and distinct, so any wire form of it is found wherever it lands.
const MARKERS = {
  password: "walkpw/MKP1-QQP2+zz-TAILP3",
  oinClientSecret: "walkoin/MKO1-QQO2+zz-TAILO3",
  bodyToken: "walktok/MKT1-QQT2+zz-TAILT3",
  bodyPassword: "walkbody/MKB1-QQB2+zz-TAILB3",
};

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
const API_DIR = join(process.cwd(), "app", "api");
const CHANGING = ["POST", "PUT", "PATCH", "DELETE"] as const;

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return routeFiles(path);
    return name === "route.ts" ? [path] : [];
  });
}

async function changingRoutes() {
  const routes: { pattern: string; method: string; handler: Handler }[] = [];
  for (const file of routeFiles(API_DIR).sort()) {
    const pattern = `/api/${relative(API_DIR, file).split(sep).slice(0, -1).join("/")}`;
    // Sign-in, sign-out and owner setup are not route() calls: lib/audit/auth-audit.ts records them.
    if (pattern === "/api/auth/[...all]" || pattern === "/api/setup") continue;
    const module = (await import(file)) as Record<string, Handler>;
    for (const method of CHANGING) if (module[method]) routes.push({ pattern, method, handler: module[method] });
  }
  // Deletions last, so every other route still finds what it acts on.
  return routes.sort((a, b) => Number(a.method === "DELETE") - Number(b.method === "DELETE"));
}

const ids: Record<string, string> = {};

beforeAll(async () => {
  const oinApp = await createOinApp({
    displayName: "Walk app",
    description: "Walked",
    capabilities: ["provisioning"],
    ssoProtocol: null,
    variables: [{ label: "Subdomain", name: "subdomain" }],
    auth: {
      mode: "oauth2",
      authorizeEndpoint: "https://{subdomain}.walk.test/authorize",
      tokenEndpoint: "https://{subdomain}.walk.test/token",
      clientId: "cid",
      clientSecret: MARKERS.oinClientSecret,
      scopes: [],
    },
  });
  ids.oinAppId = oinApp.id;
  ids.projectId = (await createProject({ name: "Walked" }, { oinAppId: oinApp.id })).id;
  await uploadSpec(ids.projectId, {
    fileName: "readme-3.0-security.json",
    text: readFileSync(specPath("readme-3.0-security.json"), "utf8"),
  });
  await generateProjectAuthConfigs(ids.projectId, ["basic"]);
  ids.authConfigId = (await listAuthConfigs(ids.projectId))[0].id!;
  const draft = await connections.connectionDraft(ids.projectId, ids.authConfigId);
  ids.connectionId = (
    await connections.createConnection(ids.projectId, {
      ...draft,
      name: "Walk basic",
      parameters: { username: "admin", password: MARKERS.password },
    })
  ).id;
  ids.flowId = (await createFlow(ids.projectId, flow("walked", [returnCard("ret", { ok: true })]))).id;
  ids.tokenId = (await createApiToken(LOCAL_OWNER, { name: "walk", scope: "read", expiresInDays: 1 })).token.id;
});

const BODY = JSON.stringify({
  name: "Walk renamed",
  password: MARKERS.bodyPassword,
  token: MARKERS.bodyToken,
  parameters: { password: MARKERS.bodyPassword },
  headers: { authorization: `Bearer ${MARKERS.bodyToken}` },
});

describe("the audit log", () => {
  it("has a guarded manifest entry for every state-changing route", async () => {
    const unnamed = (await changingRoutes())
      .filter(({ method, pattern }) => {
        const entry = routeEntry(method, pattern);
        return !entry || entry.open;
      })
      .map(({ method, pattern }) => `${method} ${pattern}`);
    expect(unnamed).toEqual([]);
  });

  it("records one event per state-changing call, with actor, action, target and time, and no secret", {
    timeout: 120_000,
  }, async () => {
    const walked: string[] = [];
    for (const { pattern, method, handler } of await changingRoutes()) {
      const described = routeEntry(method, pattern);
      if (!described || described.open) throw new Error(`${method} ${pattern} has no guarded manifest entry`);
      const entry = described.audit;
      const params = Object.fromEntries(
        [...pattern.matchAll(/\[(\w+)\]/g)].map(([, name]) => [name, ids[name] ?? `missing-${name}`]),
      );
      const url = `http://127.0.0.1${pattern.replace(/\[(\w+)\]/g, (_all, name: string) => params[name])}`;
      const before = (await listAuditEvents({}, { limit: 1 })).events[0]?.id ?? 0;
      const started = Date.now();
      const response = await handler(
        owner.request(url, {
          method,
          body: method === "DELETE" ? undefined : BODY,
          headers: method === "DELETE" ? {} : { "content-type": "application/json" },
        }),
        { params: Promise.resolve(params) },
      );
      const recorded = (await listAuditEvents({}, { limit: 10 })).events.filter((event) => event.id > before);
      const where = `${method} ${pattern} (${response.status})`;
      if (entry === null) {
        expect(recorded, where).toEqual([]);
        continue;
      }
      walked.push(where);
      expect(recorded, where).toHaveLength(1);
      const [event] = recorded;
      expect(event, where).toMatchObject({
        actor: { email: owner.email },
        action: entry.action,
        target: { type: entry.target },
        outcome: response.status < 400 ? "success" : "failure",
        details: { method, route: pattern, status: response.status },
      });
      expect(Date.parse(event.time), where).toBeGreaterThanOrEqual(started - 1000);
      // A create that failed has nothing to name; anything else names its target.
      if (entry.target !== "audit" && (Object.keys(params).length || response.status < 400))
        expect(event.target.id, where).not.toBe("");
    }
    expect(walked.length).toBeGreaterThan(40);

    const exported = await exportRoute.GET(owner.request("http://127.0.0.1/api/audit/export"), {
      params: Promise.resolve({}),
    });
    expect(exported.headers.get("content-type")).toBe("application/x-ndjson");
    const lines = (await exported.text()).trim().split("\n");
    expect(lines.length).toBe(walked.length);
    const events = lines.map((line) => JSON.parse(line));
    expect(events.map((event) => event.action)).toContain("connection.update");
    for (const secret of Object.values(MARKERS))
      for (const form of secretForms(secret)) expect(lines.join("\n"), secret).not.toContain(form);
  });

  it("names the flow's version and the created target from the result", async () => {
    const route = await import("@/app/api/projects/[projectId]/flows/route");
    const projectId = (await createProject({ name: "After the walk" })).id;
    const response = await route.POST(
      owner.request(`http://127.0.0.1/api/projects/${projectId}/flows`, {
        method: "POST",
        body: JSON.stringify(flow("versioned", [returnCard("ret", {})])),
        headers: { "content-type": "application/json" },
      }),
      { params: Promise.resolve({ projectId }) },
    );
    const created = ((await response.json()) as { flow: { id: string } }).flow;
    const [event] = (await listAuditEvents({ action: "flow.create" }, { limit: 1 })).events;
    expect(event).toMatchObject({
      outcome: "success",
      target: { type: "flow", id: created.id, name: "versioned" },
      details: { version: 1 },
    });
    const filtered = await listAuditEvents({ targetId: created.id });
    expect(filtered.events.map((entry) => entry.id)).toEqual([event.id]);
  });

  it("keeps events for the retention setting, pruned on the next write", async () => {
    const put = (body: unknown) =>
      retentionRoute.PUT(
        owner.request("http://127.0.0.1/api/audit/retention", {
          method: "PUT",
          body: JSON.stringify(body),
          headers: { "content-type": "application/json" },
        }),
        { params: Promise.resolve({}) },
      );
    const refused = await put({ days: 0 });
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as any).errors[0].location.field).toBe("days");
    expect((await put({ days: 1 })).status).toBe(200);
    const { db } = await import("@/lib/db/client");
    await db().auditEvent.updateMany({
      where: { action: "flow.create" },
      data: { time: new Date(Date.now() - 3 * 86_400_000) },
    });
    expect((await put({ days: 2 })).status).toBe(200);
    expect((await listAuditEvents({ action: "flow.create" })).events).toEqual([]);
    const got = await retentionRoute.GET(owner.request("http://127.0.0.1/api/audit/retention"), {
      params: Promise.resolve({}),
    });
    expect(await got.json()).toEqual({ days: 2, source: "setting" });
  });
});
