// A project's roles: its admin role and one per HTTP verb its spec and flows use. A role is named after its project
// ("Acme POST"), as people see and grant it.

/** The keys of a project's roles: the admin role, then one per HTTP verb. */
export const PROJECT_ROLE_KEYS = ["admin", "GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export type ProjectRoleKey = (typeof PROJECT_ROLE_KEYS)[number];
export type VerbRoleKey = Exclude<ProjectRoleKey, "admin">;

export const VERB_ROLE_KEYS = PROJECT_ROLE_KEYS.filter((key): key is VerbRoleKey => key !== "admin");

export function isProjectRoleKey(value: string): value is ProjectRoleKey {
  return (PROJECT_ROLE_KEYS as readonly string[]).includes(value);
}

/**
 * The role a request's method needs: its verb's role; HEAD and OPTIONS only read, so they need GET's; any other
 * method (TRACE, a custom one) has no role of its own and needs the project's admin role.
 */
export function roleForMethod(method: string): ProjectRoleKey {
  const verb = method.toUpperCase();
  if (verb === "HEAD" || verb === "OPTIONS") return "GET";
  return (VERB_ROLE_KEYS as readonly string[]).includes(verb) ? (verb as VerbRoleKey) : "admin";
}

/** The role's name as people see and grant it: the project's name, then the key. */
export const roleName = (projectName: string, key: ProjectRoleKey) => `${projectName} ${key}`;
