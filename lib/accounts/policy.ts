// The instance policy: what each instance role may do. Every route (route() in app/api/_lib/respond.ts), every page
// and `ib` acting for a user ask here; the UI only hides what this refuses anyway.
import { AppError } from "../errors";
import { type Actor, INSTANCE_ROLES, type InstanceRole } from "./actor";

export const PERMISSIONS = {
  /** See projects, flows, connections (secrets masked), runs, logs and validation results. */
  read: ["owner", "admin", "builder", "viewer"],
  /** Create and change projects, OIN apps, specs, auth configurations, connections and flows; run flows. */
  build: ["owner", "admin", "builder"],
  /** Create users and assign their instance roles. */
  manage_users: ["owner", "admin"],
  /** Read and export the audit log, set its retention. */
  audit: ["owner", "admin"],
} as const satisfies Record<string, readonly InstanceRole[]>;

export type Permission = keyof typeof PERMISSIONS;

export function isInstanceRole(value: unknown): value is InstanceRole {
  return (INSTANCE_ROLES as readonly unknown[]).includes(value);
}

export function can(actor: Actor, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly InstanceRole[]).includes(actor.role);
}

/** The permission a request needs by default: reading for GET and HEAD, building for anything that changes state. */
export function permissionForMethod(method: string): Permission {
  return ["GET", "HEAD", "OPTIONS"].includes(method.toUpperCase()) ? "read" : "build";
}

export function signInRequired(): AppError {
  return new AppError("unauthenticated", "Sign in first: this needs a signed-in user.");
}

/** The actor, or a 401 without one and a 403 naming the missing permission. */
export function requirePermission(actor: Actor | undefined, permission: Permission): Actor {
  if (!actor) throw signInRequired();
  if (!can(actor, permission)) {
    throw new AppError(
      "forbidden",
      `This needs the "${permission}" permission (${PERMISSIONS[permission].join(", ")}); ${actor.email} is ${actor.role}.`,
    );
  }
  return actor;
}

/**
 * A 403 for an actor that came with an API token: what hands out power (tokens, users, roles) needs a signed-in
 * session (or `ib` on the database file), so a leaked or short-lived token cannot outlive itself or raise anyone.
 */
export function requireSession(actor: Partial<Pick<Actor, "via">>, what: string): void {
  if (actor.via === "token")
    throw new AppError("forbidden", `${what} needs a signed-in session: an API token may not do it.`);
}
