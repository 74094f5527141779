// Secrets at rest and in responses: encrypted in the SQLite file (and WAL), absent from the log, masked by the
// JSON routes, kept by a mask round trip, and a wrong key fails naming the connection.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { useTempDatabase } from "../helpers/temp-db";
import { storedDatabaseText } from "../helpers/stored-database";
import { specPath } from "../helpers/paths";
import { signIn } from "../helpers/signed-in";
import { at, urlOf } from "../helpers/route-url";

const dir = useTempDatabase();
const owner = await signIn();
process.env.IB_LOG_FILE = join(dir, "server.log");

const { createOinApp } = await import("@/lib/oin/service");
const { createProject } = await import("@/lib/projects/service");
const { uploadSpec } = await import("@/lib/specs-store/store");
const { createAuthConfig, generateProjectAuthConfigs, listAuthConfigs, saveAuthMapping } = await import(
  "@/lib/auth/store"
);
const store = await import("@/lib/connections/store");
const connectionRoute = at(
  "/api/projects/[projectId]/connections/[connectionId]",
  await import("@/app/api/projects/[projectId]/connections/[connectionId]/route"),
);
const authRoute = at(
  "/api/projects/[projectId]/auth-configs",
  await import("@/app/api/projects/[projectId]/auth-configs/route"),
);
const { SECRET_MASK } = await import("@/lib/secrets/mask");

const SECRETS = {
  oinClientSecret: "oin-client-secret-7781",
  basicPassword: "basic-password-5512",
  bearerToken: "bearer-token-9034",
  proxyPassword: "proxy-password-4471",
  staticConfig: "static-config-secret-2290",
  apiKey: "api-key-value-6602",
};

let projectId = "";
let basicConnectionId = "";
let bearerConnectionId = "";

beforeAll(async () => {
  const oinApp = await createOinApp({
    displayName: "Acme",
    description: "Acme app",
    capabilities: ["provisioning"],
    ssoProtocol: null,
    variables: [{ label: "Subdomain", name: "subdomain" }],
    auth: {
      mode: "oauth2",
      authorizeEndpoint: "https://{subdomain}.acme.test/authorize",
      tokenEndpoint: "https://{subdomain}.acme.test/token",
      clientId: "cid",
      clientSecret: SECRETS.oinClientSecret,
      scopes: [],
    },
  });
  projectId = (await createProject({ name: "Acme" }, { oinAppId: oinApp.id })).id;
  await uploadSpec(projectId, {
    fileName: "readme-3.0-security.json",
    text: readFileSync(specPath("readme-3.0-security.json"), "utf8"),
  });
  await generateProjectAuthConfigs(projectId, ["basic", "bearer", "apiKey_header"]);
  await createAuthConfig(projectId, {
    name: "with config value",
    type: "custom",
    settings: {},
    configValues: [
      {
        label: "Signing key",
        key: "signingKey",
        source: { kind: "static", value: SECRETS.staticConfig },
        type: "password",
        visible: false,
      },
    ],
  });
  const configs = await listAuthConfigs(projectId);
  const byScheme = (scheme: string) => configs.find((config) => config.sourceScheme === scheme)!;
  await saveAuthMapping(projectId, byScheme("apiKey_header").id!, { "X-API-KEY": "subdomain" });

  const basicDraft = await store.connectionDraft(projectId, byScheme("basic").id);
  basicConnectionId = (
    await store.createConnection(projectId, {
      ...basicDraft,
      name: "Basic prod",
      parameters: { username: "admin", password: SECRETS.basicPassword },
      proxy: {
        mode: "proxy",
        host: "127.0.0.1",
        port: 3128,
        auth: { mode: "basic", username: "p", password: SECRETS.proxyPassword },
      },
    })
  ).id;
  bearerConnectionId = (
    await store.createConnection(projectId, {
      ...(await store.connectionDraft(projectId, byScheme("bearer").id)),
      name: "Bearer prod",
      parameters: { token: SECRETS.bearerToken },
    })
  ).id;
  const keyDraft = await store.connectionDraft(projectId, byScheme("apiKey_header").id);
  expect(keyDraft.tenantVariables).toEqual({ subdomain: "" });
  await store.createConnection(projectId, { ...keyDraft, name: "Key", tenantVariables: { subdomain: SECRETS.apiKey } });
});

const call = async (
  handler: (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>,
  params: Record<string, string>,
  init?: RequestInit,
) => (await handler(owner.request(urlOf(handler, params), init), { params: Promise.resolve(params) })).json();

describe("secrets", () => {
  it("never appear in the database (its file and WAL, or its dump) or the log", async () => {
    const resolved = await store.resolveConnection(basicConnectionId);
    expect(resolved.auth.values.password).toBe(SECRETS.basicPassword);
    expect(resolved.proxy.auth.password).toBe(SECRETS.proxyPassword);
    const stored: [string, string][] = [["the database", storedDatabaseText()]];
    if (existsSync(process.env.IB_LOG_FILE!))
      stored.push(["the log", readFileSync(process.env.IB_LOG_FILE!, "latin1")]);
    expect(stored[0][1].length).toBeGreaterThan(0);
    for (const [where, text] of stored) {
      for (const secret of Object.values(SECRETS)) expect(text.includes(secret), `${secret} in ${where}`).toBe(false);
    }
  });

  it("are masked by the JSON routes and kept by a mask round trip", async () => {
    const shown = await call(connectionRoute.GET as never, { projectId, connectionId: basicConnectionId });
    expect(shown.config.parameters).toEqual({ username: "admin", password: SECRET_MASK });
    expect(shown.config.proxy.auth.password).toBe(SECRET_MASK);
    expect(JSON.stringify(await call(authRoute.GET as never, { projectId }))).not.toContain(SECRETS.staticConfig);

    const edited = { ...shown.config, timeoutMs: 1234 };
    const saved = await call(
      connectionRoute.PUT as never,
      { projectId, connectionId: basicConnectionId },
      { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify(edited) },
    );
    expect(saved.config.parameters.password).toBe(SECRET_MASK);
    const resolved = await store.resolveConnection(basicConnectionId);
    expect(resolved.timeoutMs).toBe(1234);
    expect(resolved.auth.values.password).toBe(SECRETS.basicPassword);
    expect(resolved.secretValues).toEqual(expect.arrayContaining([SECRETS.basicPassword, SECRETS.proxyPassword]));
  });

  it("answer an invalid port with its pointer through the route, changing nothing", async () => {
    const shown = await call(connectionRoute.GET as never, { projectId, connectionId: bearerConnectionId });
    const answer = await call(
      connectionRoute.PUT as never,
      { projectId, connectionId: bearerConnectionId },
      {
        method: "PUT",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ ...shown.config, server: { ...shown.config.server, port: 70000 } }),
      },
    );
    expect(answer.code).toBe("invalid_input");
    expect(answer.errors[0].location.pointer).toBe("/server/port");
    expect((await store.resolveConnection(bearerConnectionId)).auth.values.token).toBe(SECRETS.bearerToken);
  });

  it("clone keeps the secrets; at most 50 connections", async () => {
    const copy = await store.cloneConnection(projectId, bearerConnectionId);
    expect(copy.config.name).toBe("Bearer prod (copy)");
    expect((await store.resolveConnection(copy.id)).auth.values.token).toBe(SECRETS.bearerToken);
    await store.deleteConnection(projectId, copy.id);
  });

  it("a wrong key gives a secret_key error naming the connection", async () => {
    process.env.IB_SECRET_KEY = "ab".repeat(32);
    try {
      await expect(store.resolveConnection(basicConnectionId)).rejects.toMatchObject({
        code: "secret_key",
        message: expect.stringContaining('connection "Basic prod"'),
      });
      const broken = await store.undecryptableConnections(projectId);
      expect(broken.map((connection) => connection.name)).toEqual(["Basic prod", "Bearer prod", "Key"]);
      // Listing still works: it needs no decryption.
      expect((await store.listConnections(projectId)).length).toBe(3);
    } finally {
      delete process.env.IB_SECRET_KEY;
    }
    expect(await store.undecryptableConnections(projectId)).toEqual([]);
  });
});
