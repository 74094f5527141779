// Who is asking: every route, page and `ib` command acts for one actor, and the policy, the audit log and the
// engine's per-verb check all read this one shape.

/** Instance roles, strongest first. */
export const INSTANCE_ROLES = ["owner", "admin", "builder", "viewer"] as const;
export type InstanceRole = (typeof INSTANCE_ROLES)[number];

export interface Actor {
  userId: string;
  email: string;
  role: InstanceRole;
  /** How the request was authenticated: a browser session, a personal API token, or `ib` on the database file. */
  via: "session" | "token" | "local";
}
