// A SCIM 2.0 service for trying and testing action flows against a SCIM API: scimmy (resources, filters,
// list responses, errors) behind scimmy-routers on Express, Bearer or Basic auth, under /scim/v2; bodies are held
// to RFC 7643/7644 where scimmy is lenient (./strict.ts).
import type { Server } from "node:http";
import { parse as parseQuery } from "node:querystring";
import express from "express";
import SCIMMY from "scimmy";
import SCIMMYRouters from "scimmy-routers";
import { scimDemoOpenApi } from "./openapi";
import { type ScimRecord, ScimDemoStore } from "./store";
import { strictScimBodies } from "./strict";

export const SCIM_DEMO_DEFAULTS = { bearerToken: "demo-scim-token", username: "scim-admin", password: "scim-password" };
export const SCIM_PREFIX = "/scim/v2";

export interface ScimDemoOptions {
  bearerToken?: string;
  username?: string;
  password?: string;
}

// biome-ignore lint/suspicious/noExplicitAny: scimmy types handler results as its schema classes; ours are plain JSON
type Handler = any;
type Filter = { match(values: ScimRecord[]): ScimRecord[] } | undefined;
type Target = { id?: string; filter?: Filter };

// SCIMMY keeps resource handlers globally: they find each request's own store in the router context.
let declared = false;
function declareResources(): void {
  if (declared) return;
  declared = true;
  SCIMMY.Resources.declare(SCIMMY.Resources.User)
    .ingress(((resource: Target, instance: ScimRecord, store: ScimDemoStore) =>
      store.saveUser(resource.id, instance)) as Handler)
    .egress(((resource: Target, store: ScimDemoStore) => store.readUsers(resource.id, resource.filter)) as Handler)
    .degress((resource: Target, store: ScimDemoStore) => store.deleteUser(resource.id as string));
  SCIMMY.Resources.declare(SCIMMY.Resources.Group)
    .ingress(((resource: Target, instance: ScimRecord, store: ScimDemoStore) =>
      store.saveGroup(resource.id, instance)) as Handler)
    .egress(((resource: Target, store: ScimDemoStore) => store.readGroups(resource.id, resource.filter)) as Handler)
    .degress((resource: Target, store: ScimDemoStore) => store.deleteGroup(resource.id as string));
}

export interface RunningScimDemo {
  url: string;
  /** The SCIM base URL: `url` + /scim/v2. */
  baseUrl: string;
  store: ScimDemoStore;
  settings: Required<ScimDemoOptions>;
  openapi(): Record<string, unknown>;
  close(): Promise<void>;
}

/** SCIM's paging parameters are integers (RFC 7644 §3.4.2.4): scimmy ignores them as the text a query string holds. */
function scimQuery(text: string): Record<string, unknown> {
  const query: Record<string, unknown> = parseQuery(text);
  for (const key of ["startIndex", "count"]) {
    const value = query[key];
    if (typeof value === "string" && /^\d{1,9}$/.test(value)) query[key] = Number(value);
  }
  return query;
}

/** Starts the SCIM demo on 127.0.0.1 (port 0 = any free port). */
export async function startScimDemo(options: ScimDemoOptions & { port?: number } = {}): Promise<RunningScimDemo> {
  const { port = 0, ...rest } = options;
  const settings = { ...SCIM_DEMO_DEFAULTS, ...rest };
  declareResources();
  const store = new ScimDemoStore();
  const app = express();
  app.disable("x-powered-by");
  // scimmy honours startIndex and count (RFC 7644 §3.4.2.4) only as numbers; a query string carries text.
  app.set("query parser", scimQuery);
  let url = "";
  app.get("/openapi.json", (_request, response) => {
    response.json(scimDemoOpenApi(url));
  });
  const basic = `Basic ${Buffer.from(`${settings.username}:${settings.password}`).toString("base64")}`;
  const authorized = (request: express.Request) =>
    [`Bearer ${settings.bearerToken}`, basic].includes(request.header("Authorization") ?? "");
  app.use(
    SCIM_PREFIX,
    express.json({ type: ["application/json", "application/scim+json"] }),
    strictScimBodies(authorized),
  );
  app.use(
    SCIM_PREFIX,
    new SCIMMYRouters({
      type: "bearer",
      handler: (request) => {
        if (!authorized(request)) throw new Error("missing or invalid credentials");
        return "scim-admin";
      },
      context: () => store,
    }),
  );
  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(port, "127.0.0.1", () => resolve(listening));
  });
  const address = server.address();
  url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : port}`;
  return {
    url,
    baseUrl: `${url}${SCIM_PREFIX}`,
    store,
    settings,
    openapi: () => scimDemoOpenApi(url),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
