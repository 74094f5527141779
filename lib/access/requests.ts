// Reading a grant or revoke request from `unknown` (a route body, `ib role grant` values): the role, by its name
// ("Acme POST") or by its key with the project's id, and the user's email; each problem at its field.
import "server-only";
import { type Body, bodyObject, optionalStringField } from "../body";
import { db } from "../db/client";
import { AppError, invalid } from "../errors";
import { getProject } from "../projects/service";
import { PROJECT_ROLE_KEYS, type ProjectRoleKey } from "./roles";

export const MAX_EMAIL_LENGTH = 254;
const EMAIL = /^[^\s@]+@[^\s@]+$/;

export interface RoleRef {
  project: { id: string; name: string };
  key: ProjectRoleKey;
}

export interface RoleGrantRequest extends RoleRef {
  email: string;
}

const at = (field: string) => ({ field, pointer: `/${field}` });
const KEYS_TEXT = `${PROJECT_ROLE_KEYS.slice(0, -1).join(", ")} or ${PROJECT_ROLE_KEYS.at(-1)}`;

/** A role key as written by a person: verbs in any case, "admin" in any case. */
function roleKeyOf(text: string): ProjectRoleKey | undefined {
  const upper = text.trim().toUpperCase();
  if (upper === "ADMIN") return "admin";
  return PROJECT_ROLE_KEYS.find((key) => key === upper);
}

/** An email as grants keep it: trimmed, lower case. */
export function emailField(body: Body, field: string): string {
  const value = body[field];
  if (typeof value !== "string" || !value.trim()) throw invalid(`${field} is required: the user's email`, at(field));
  const email = value.trim().toLowerCase();
  if (email.length > MAX_EMAIL_LENGTH || !EMAIL.test(email))
    throw invalid(`${field} must be an email address (name@domain), at most ${MAX_EMAIL_LENGTH} characters`, at(field));
  return email;
}

/**
 * The role a request names: `role` is a key (admin, GET, …) with `projectId`, or a role's full name ("Acme POST"),
 * whose project is found by name unless `projectId` says which.
 */
export async function roleRefOf(role: unknown, projectId: string | undefined): Promise<RoleRef> {
  if (typeof role !== "string" || !role.trim())
    throw invalid(`role is required: ${KEYS_TEXT} with projectId, or a role's name like "Acme POST"`, at("role"));
  const text = role.trim();
  const space = text.lastIndexOf(" ");
  const key = roleKeyOf(space < 0 ? text : text.slice(space + 1));
  if (!key)
    throw invalid(`role "${text}" is not a project role: it ends with ${KEYS_TEXT} (e.g. "Acme POST")`, at("role"));
  const projectName = space < 0 ? undefined : text.slice(0, space).trim();
  if (projectId) {
    const project = await getProject(projectId);
    if (projectName !== undefined && projectName !== project.name)
      throw invalid(`role "${text}" is not a role of project ${project.name} (${projectId})`, at("role"));
    return { project: { id: project.id, name: project.name }, key };
  }
  if (projectName === undefined)
    throw invalid(`role "${text}" names no project: give projectId, or the role's name like "Acme ${key}"`, at("role"));
  const projects = await db().project.findMany({
    where: { name: projectName },
    select: { id: true, name: true },
    take: 2,
  });
  if (!projects.length)
    throw new AppError("not_found", `No project is named "${projectName}" (role "${text}")`, [
      { message: `No project is named "${projectName}"`, location: at("role") },
    ]);
  if (projects.length > 1)
    throw invalid(
      `More than one project is named "${projectName}": give the project's id (projectId)`,
      at("projectId"),
    );
  return { project: projects[0], key };
}

/** A grant or revoke: `{ role, projectId?, email }`. */
export async function parseRoleGrant(input: unknown): Promise<RoleGrantRequest> {
  const body = bodyObject(input);
  const projectId = optionalStringField(body, "projectId", "the id of the role's project");
  const email = emailField(body, "email");
  return { ...(await roleRefOf(body.role, projectId || undefined)), email };
}
