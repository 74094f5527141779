// The one description of every JSON route under app/api: for each method and path pattern, who may call it (the
// instance permission), what it is about and what it asks of it (a project or OIN app action, by the policies of
// lib/access), the audit event it leaves, and the `ib` commands that call it. route() asks exactly what an entry
// says, the audit log names events from it, and `ib` takes its method and path from it;
// tests/integration/route-manifest.test.ts checks it against the app/api tree and the CLI registry.
import type { ProjectAction } from "../access/policy";
import type { OinAppAction } from "../access/oin-app-policy";
import type { Permission } from "../accounts/policy";
import type { RouteAudit } from "../audit/model";

/** What a route is about, named by its path params: a project (or a flow or connection it holds), or an OIN app. */
export type RouteScope = { resource: "project"; action: ProjectAction } | { resource: "oinApp"; action: OinAppAction };

/** A route anyone may call, signed in or not: its handler decides what it allows. */
export interface OpenRouteEntry {
  open: true;
  why: string;
}

export interface GuardedRouteEntry {
  open?: false;
  permission: Permission;
  /** Null: about nothing the path names (a list, a create, or a body that names what it acts on). */
  scope: RouteScope | null;
  /** Null: not recorded (every GET, and the POSTs that compute an answer and store nothing). */
  audit: RouteAudit | null;
  /** The `ib` commands that call this route. */
  commands?: readonly string[];
  /** A POST only because its question is a body (validate, a plan): it changes nothing, so readers may ask it. */
  readsOnly?: true;
}

export type RouteEntry = OpenRouteEntry | GuardedRouteEntry;

const project = (action: ProjectAction): RouteScope => ({ resource: "project", action });
const oinApp = (action: OinAppAction): RouteScope => ({ resource: "oinApp", action });
/** An audit action; its target type is the action's first word unless named. */
const on = (action: string, target = action.split(".")[0]): RouteAudit => ({ action, target });

const guarded = (
  permission: Permission,
  scope: RouteScope | null,
  audit: RouteAudit | null,
  commands: string[],
): GuardedRouteEntry => ({ permission, scope, audit, ...(commands.length ? { commands } : {}) });
/** A read: never audited. */
const read = (scope: RouteScope | null, ...commands: string[]) => guarded("read", scope, null, commands);
/** A question sent as a POST that changes nothing: open to readers (audited when `audit` says so). */
const ask = (scope: RouteScope, audit: RouteAudit | null, ...commands: string[]): GuardedRouteEntry => ({
  ...guarded("read", scope, audit, commands),
  readsOnly: true,
});
const build = (scope: RouteScope | null, audit: RouteAudit | null, ...commands: string[]) =>
  guarded("build", scope, audit, commands);
/** A route for a permission beyond build (users, the audit log), about nothing its path names. */
const needs = (permission: Permission, audit: RouteAudit | null, ...commands: string[]) =>
  guarded(permission, null, audit, commands);

export const ROUTE_MANIFEST = {
  "GET /api/health": { open: true, why: "liveness for a load balancer: the process answers" },
  "GET /api/ready": { open: true, why: "readiness for a load balancer: the database answers" },
  "GET /api/metrics": { open: true, why: "Prometheus scrape: the handler asks for the IB_METRICS_TOKEN bearer token" },
  "GET /api/setup": { open: true, why: "owner setup, answered while no user exists" },
  "POST /api/setup": { open: true, why: "owner setup, refused once a user exists" },
  "GET /api/auth/[...all]": {
    open: true,
    why: "better-auth: session, sign-in and its own audit (lib/audit/auth-audit.ts)",
  },
  "POST /api/auth/[...all]": { open: true, why: "better-auth: sign-in, sign-out, password change" },
  "GET /api/oauth/callback": { open: true, why: "bound to the browser that started Connect by its state cookie" },

  "GET /api/audit": needs("audit", null, "audit list"),
  "GET /api/audit/export": needs("audit", null, "audit export"),
  "GET /api/audit/retention": needs("audit", null, "audit retention"),
  "PUT /api/audit/retention": needs("audit", on("audit.retention_update", "audit"), "audit retention"),

  "GET /api/users": needs("manage_users", null),
  "POST /api/users": needs("manage_users", on("user.create")),
  "PATCH /api/users/[userId]": needs("manage_users", on("user.role_update")),

  "GET /api/tokens": read(null, "token list"),
  "POST /api/tokens": build(null, on("token.create"), "token create"),
  "DELETE /api/tokens/[tokenId]": build(null, on("token.revoke"), "token revoke"),

  "GET /api/contracts": read(null, "contracts"),

  "GET /api/roles": read(null),
  "POST /api/roles/grant": build(null, on("role.grant")),
  "POST /api/roles/revoke": build(null, on("role.revoke")),

  "GET /api/oin-apps": read(null),
  "POST /api/oin-apps": build(null, on("oin_app.create")),
  "POST /api/oin-apps/start-building": build(null, on("oin_app.start_building")),
  "GET /api/oin-apps/[oinAppId]": read(oinApp("read")),
  "PUT /api/oin-apps/[oinAppId]": build(oinApp("change"), on("oin_app.update")),
  "DELETE /api/oin-apps/[oinAppId]": build(oinApp("delete"), on("oin_app.delete")),
  "GET /api/oin-apps/[oinAppId]/logo": read(oinApp("read")),
  "PUT /api/oin-apps/[oinAppId]/logo": build(oinApp("change"), on("oin_app.logo_update")),
  "POST /api/oin-apps/[oinAppId]/logo": build(oinApp("change"), on("oin_app.logo_update")),

  "GET /api/projects": read(null, "project list"),
  "POST /api/projects": build(null, on("project.create"), "project create"),
  "GET /api/projects/[projectId]": read(project("read"), "project show"),
  "PATCH /api/projects/[projectId]": build(project("change"), on("project.update"), "project rename"),
  "DELETE /api/projects/[projectId]": build(project("delete"), on("project.delete"), "project delete"),
  "POST /api/projects/[projectId]/link": build(project("change"), on("project.link"), "project link"),
  "DELETE /api/projects/[projectId]/link": build(project("change"), on("project.unlink"), "project unlink"),
  "GET /api/projects/[projectId]/journey": read(project("read"), "project journey"),
  "GET /api/projects/[projectId]/logo": read(project("read")),
  "PUT /api/projects/[projectId]/logo": build(project("change"), on("project.logo_update")),
  "POST /api/projects/[projectId]/logo": build(project("change"), on("project.logo_update")),
  "GET /api/projects/[projectId]/logging": read(project("read")),
  "PUT /api/projects/[projectId]/logging": build(project("change"), on("project.logging_update")),
  "GET /api/projects/[projectId]/bundle": read(project("read"), "project export"),
  "POST /api/projects/[projectId]/bundle": build(project("change"), on("project.bundle_import")),
  "GET /api/projects/[projectId]/oin-configuration": read(project("read")),
  "PUT /api/projects/[projectId]/oin-configuration": build(project("change"), on("oin_app.configure", "project")),

  "GET /api/projects/[projectId]/spec": read(project("read")),
  "POST /api/projects/[projectId]/spec": build(project("change"), on("spec.upload")),
  "GET /api/projects/[projectId]/spec/diff": read(project("read")),
  "GET /api/projects/[projectId]/spec/operations": read(project("read")),
  "GET /api/projects/[projectId]/spec/versions": read(project("read")),

  "GET /api/projects/[projectId]/auth-configs": read(project("read")),
  "POST /api/projects/[projectId]/auth-configs": build(project("change"), on("auth_config.create")),
  "GET /api/projects/[projectId]/auth-configs/generate": read(project("read")),
  "POST /api/projects/[projectId]/auth-configs/generate": build(
    project("change"),
    on("auth_config.generate", "project"),
  ),
  "GET /api/projects/[projectId]/auth-configs/[authConfigId]": read(project("read")),
  "PUT /api/projects/[projectId]/auth-configs/[authConfigId]": build(project("change"), on("auth_config.update")),
  "DELETE /api/projects/[projectId]/auth-configs/[authConfigId]": build(project("delete"), on("auth_config.delete")),
  "PUT /api/projects/[projectId]/auth-configs/[authConfigId]/mapping": build(
    project("change"),
    on("auth_config.mapping_update"),
  ),

  "GET /api/projects/[projectId]/connections": read(project("read")),
  "POST /api/projects/[projectId]/connections": build(project("change"), on("connection.create")),
  "GET /api/projects/[projectId]/connections/draft": read(project("read")),
  "GET /api/projects/[projectId]/connections/health": read(project("read")),
  "GET /api/projects/[projectId]/connections/[connectionId]": read(project("read")),
  "PUT /api/projects/[projectId]/connections/[connectionId]": build(project("change"), on("connection.update")),
  "DELETE /api/projects/[projectId]/connections/[connectionId]": build(project("delete"), on("connection.delete")),
  "POST /api/projects/[projectId]/connections/[connectionId]/clone": build(project("clone"), on("connection.clone")),
  "POST /api/projects/[projectId]/connections/[connectionId]/oauth/start": build(
    project("change"),
    on("connection.oauth_start"),
  ),
  "POST /api/connections/[connectionId]/test": build(project("run"), on("connection.test"), "connection test"),

  "GET /api/projects/[projectId]/flows": read(project("read"), "flow list"),
  "POST /api/projects/[projectId]/flows": build(project("change"), on("flow.create")),
  "GET /api/projects/[projectId]/flows/export": read(project("read"), "flow export"),
  "POST /api/projects/[projectId]/flows/import": build(project("change"), on("flow.import", "project"), "flow import"),
  "GET /api/projects/[projectId]/core-flows": read(project("read")),
  "POST /api/projects/[projectId]/core-flows": build(project("change"), on("flow.generate_core", "project")),
  "POST /api/projects/[projectId]/core-flows/plan": ask(project("read"), null),
  "GET /api/projects/[projectId]/core-flows/sample": read(project("read")),

  "GET /api/flows/[flowId]": read(project("read"), "flow show"),
  "PUT /api/flows/[flowId]": build(project("change"), on("flow.update"), "flow save"),
  "DELETE /api/flows/[flowId]": build(project("delete"), on("flow.delete")),
  "GET /api/flows/[flowId]/draft": read(project("read")),
  "PUT /api/flows/[flowId]/draft": build(project("change"), on("flow.draft_save")),
  "POST /api/flows/[flowId]/enabled": build(project("change"), on("flow.switch"), "flow enable", "flow disable"),
  "GET /api/flows/[flowId]/export": read(project("read"), "flow export"),
  "GET /api/flows/[flowId]/versions": read(project("read")),
  "GET /api/flows/[flowId]/versions/[version]": read(project("read")),
  "GET /api/flows/[flowId]/executions": read(project("read")),
  "GET /api/flows/[flowId]/executions/[executionId]": read(project("read")),
  "POST /api/flows/[flowId]/run": build(project("run"), on("flow.run"), "flow run"),
  "POST /api/flows/[flowId]/test-run": build(project("run"), on("flow.test_run"), "action test"),
  "POST /api/flows/[flowId]/tests": build(project("change"), on("flow.test_create")),

  "GET /api/projects/[projectId]/actions": read(project("read")),
  "POST /api/projects/[projectId]/actions": build(project("change"), on("action.add", "project")),
  "POST /api/projects/[projectId]/actions/flows": build(project("change"), on("action.flow_create", "flow")),
  "POST /api/projects/[projectId]/actions/generate": build(project("change"), on("action.generate", "project")),
  "POST /api/projects/[projectId]/actions/plan": ask(project("read"), null),
  "POST /api/projects/[projectId]/actions/tests": build(
    project("run"),
    on("action.test_run", "project"),
    "action test",
  ),

  "POST /api/projects/[projectId]/validate": ask(project("read"), on("validation.run", "project"), "validate"),
  "GET /api/projects/[projectId]/certify": read(project("read")),
  "POST /api/projects/[projectId]/certify": build(project("certify"), on("certification.run", "project"), "certify"),
  "GET /api/projects/[projectId]/submission-package": read(project("read")),
  "POST /api/projects/[projectId]/submit": build(
    project("change"),
    on("submission.submit", "project"),
    "submission submit",
  ),
} satisfies Record<string, RouteEntry>;

export type RouteKey = keyof typeof ROUTE_MANIFEST;

export const ROUTE_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export type RouteMethod = (typeof ROUTE_METHODS)[number];

/** "POST /api/projects/[projectId]/certify" as its method and pattern. */
export function routeOf(key: RouteKey): { method: RouteMethod; pattern: string } {
  const [method, pattern] = key.split(" ");
  return { method: method as RouteMethod, pattern };
}

/** The entry of a method and pattern, if the manifest has one. */
export function routeEntry(method: string, pattern: string): RouteEntry | undefined {
  return (ROUTE_MANIFEST as Record<string, RouteEntry>)[`${method.toUpperCase()} ${pattern}`];
}

/** The entries that name an `ib` command. */
export function routesOfCommand(command: string): RouteKey[] {
  return (Object.keys(ROUTE_MANIFEST) as RouteKey[]).filter((key) => {
    const entry: RouteEntry = ROUTE_MANIFEST[key];
    return !entry.open && entry.commands?.includes(command);
  });
}
