// Who holds which project role: grants stored per project, role and user (email, and id once known); the roles of a
// project listed with their holders. Verb roles follow what the spec and flows use now; a role that is no longer used
// stays listed while someone holds it, so no grant is ever lost by an edit.
import "server-only";
import type { Actor } from "../accounts/actor";
import { db } from "../db/client";
import { AppError, notFound } from "../errors";
import { getProject } from "../projects/service";
import { type ProjectAccess, type ProjectAction, projectPermission } from "./policy";
import { parseRoleGrant } from "./requests";
import { isProjectRoleKey, PROJECT_ROLE_KEYS, type ProjectRoleKey, roleName } from "./roles";
import { projectVerbs } from "./verbs";
import type { ProjectRoleView } from "./model";

/** Grants one project keeps; a grant past it is refused. */
export const MAX_GRANTS_PER_PROJECT = 1_000;

const heldBy = (actor: Actor) => ({
  OR: [{ userId: actor.userId }, { email: actor.email.trim().toLowerCase() }],
});

/** The roles the actor holds in the project (none for local `ib`, which needs none). */
export async function heldRoles(actor: Actor | undefined, projectId: string): Promise<ProjectRoleKey[]> {
  if (!actor) return [];
  const rows = await db().projectRoleGrant.findMany({
    where: { projectId, ...heldBy(actor) },
    select: { role: true },
  });
  return rows.map((row) => row.role).filter(isProjectRoleKey);
}

export async function projectAccess(actor: Actor | undefined, projectId: string): Promise<ProjectAccess> {
  // Only what the policy reads: a run checks this on every request.
  const project = await db().project.findUnique({ where: { id: projectId }, select: { id: true, name: true } });
  if (!project) throw notFound(`Project ${projectId}`);
  return { id: project.id, name: project.name, held: await heldRoles(actor, projectId) };
}

/** The project as the policy sees it, once the action is allowed; a 403 naming what is missing otherwise. */
export async function requireProjectPermission(
  actor: Actor | undefined,
  projectId: string,
  action: ProjectAction,
): Promise<ProjectAccess> {
  const access = await projectAccess(actor, projectId);
  const decision = projectPermission(actor, access, action);
  if (!decision.allowed) throw new AppError("forbidden", decision.message);
  return access;
}

/**
 * Every role of the projects asked for (all when `projectId` is undefined), with their holders as `reader` may see
 * them: every holder's email to whoever may grant the project's roles (owners, admins, the project's admin role;
 * `undefined` is local `ib`), only the reader's own grant to anyone else, and the count to all.
 */
export async function listProjectRoles(
  projectId?: string,
  options: { reader?: Actor } = {},
): Promise<ProjectRoleView[]> {
  const projects = projectId
    ? [await getProject(projectId)]
    : await db().project.findMany({ select: { id: true, name: true, updatedAt: true }, orderBy: { createdAt: "asc" } });
  const [verbs, grants] = await Promise.all([
    projectVerbs(projects),
    db().projectRoleGrant.findMany({
      where: projectId ? { projectId } : {},
      orderBy: [{ grantedAt: "asc" }, { email: "asc" }],
    }),
  ]);
  const grantsOf = new Map<string, typeof grants>();
  for (const grant of grants) {
    const list = grantsOf.get(grant.projectId) ?? [];
    list.push(grant);
    grantsOf.set(grant.projectId, list);
  }
  const { reader } = options;
  const readerEmail = reader?.email.trim().toLowerCase();
  const isReaders = (grant: (typeof grants)[number]) =>
    reader !== undefined && (grant.userId === reader.userId || grant.email === readerEmail);
  return projects.flatMap(({ id, name }) => {
    const used = new Set<ProjectRoleKey>(["admin", ...(verbs.get(id) ?? [])]);
    const granted = grantsOf.get(id) ?? [];
    const held = granted
      .filter(isReaders)
      .map((grant) => grant.role)
      .filter(isProjectRoleKey);
    const seesAll = projectPermission(reader, { id, name, held }, "manageRoles").allowed;
    return PROJECT_ROLE_KEYS.filter((key) => used.has(key) || granted.some((grant) => grant.role === key)).map(
      (key) => {
        const holders = granted.filter((grant) => grant.role === key);
        return {
          name: roleName(name, key),
          key,
          project: { id, name },
          inUse: used.has(key),
          holders: holders
            .filter((grant) => seesAll || isReaders(grant))
            .map((grant) => ({
              email: grant.email,
              ...(grant.userId ? { userId: grant.userId } : {}),
              grantedAt: grant.grantedAt.toISOString(),
            })),
          holderCount: holders.length,
        };
      },
    );
  });
}

/** The role as listed now; a verb role no longer used and no longer held is shown empty, as it was just left. */
async function roleView(project: { id: string; name: string }, key: ProjectRoleKey): Promise<ProjectRoleView> {
  const listed = (await listProjectRoles(project.id)).find((candidate) => candidate.key === key);
  return listed ?? { name: roleName(project.name, key), key, project, inUse: false, holders: [], holderCount: 0 };
}

/** Grants a role (`{ role, projectId?, email }`); granting a role already held changes nothing. */
export async function grantProjectRole(input: unknown, options: { actor?: Actor } = {}): Promise<ProjectRoleView> {
  const request = await parseRoleGrant(input);
  await requireProjectPermission(options.actor, request.project.id, "manageRoles");
  await grantRole(request.project.id, request.key, { email: request.email });
  return roleView(request.project, request.key);
}

/** Revokes a role (`{ role, projectId?, email }`); a 404 when that user does not hold it. */
export async function revokeProjectRole(input: unknown, options: { actor?: Actor } = {}): Promise<ProjectRoleView> {
  const request = await parseRoleGrant(input);
  await requireProjectPermission(options.actor, request.project.id, "manageRoles");
  const { count } = await db().projectRoleGrant.deleteMany({
    where: { projectId: request.project.id, role: request.key, email: request.email },
  });
  if (!count)
    throw new AppError(
      "not_found",
      `${request.email} does not hold the role "${roleName(request.project.name, request.key)}"`,
    );
  return roleView(request.project, request.key);
}

/** Stores a grant (idempotent); the user's id is kept when known. */
export async function grantRole(
  projectId: string,
  key: ProjectRoleKey,
  user: { email: string; userId?: string },
): Promise<void> {
  const email = user.email.trim().toLowerCase();
  await db().$transaction(async (tx) => {
    const where = { projectId_role_email: { projectId, role: key, email } };
    if (await tx.projectRoleGrant.findUnique({ where })) {
      if (user.userId) await tx.projectRoleGrant.update({ where, data: { userId: user.userId } });
      return;
    }
    if ((await tx.projectRoleGrant.count({ where: { projectId } })) >= MAX_GRANTS_PER_PROJECT)
      throw new AppError(
        "limit_reached",
        `A project holds at most ${MAX_GRANTS_PER_PROJECT} grants; revoke some first`,
      );
    await tx.projectRoleGrant.create({ data: { projectId, role: key, email, userId: user.userId ?? null } });
  });
}
