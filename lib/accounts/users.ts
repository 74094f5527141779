// Users and their instance roles: owner setup (only while no user exists), create, list, change a role. The
// password is hashed by better-auth's scrypt and stored on the user's "credential" account, as its sign-in reads it.
import { accountsChanged } from "./changes";
import "server-only";
import { hashPassword } from "better-auth/crypto";
import { randomUUID } from "node:crypto";
import { type Body, bodyObject } from "../body";
import { retryWhileBusy } from "../db/busy";
import { db } from "../db/client";
import { AppError, invalid, notFound } from "../errors";
import { type Actor, INSTANCE_ROLES, type InstanceRole } from "./actor";
import { isInstanceRole, requirePermission, requireSession } from "./policy";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./settings";
import type { UserView } from "./model";

export interface NewUser {
  email: string;
  password: string;
  role: InstanceRole;
  name?: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const at = (field: string) => ({ field, pointer: `/${field}` });

function view(user: { id: string; email: string; name: string; role: string; createdAt: Date }): UserView {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: isInstanceRole(user.role) ? user.role : "viewer",
    createdAt: user.createdAt.toISOString(),
  };
}

export function checkPassword(password: unknown, field = "password"): string {
  if (typeof password !== "string" || password.length < PASSWORD_MIN_LENGTH || password.length > PASSWORD_MAX_LENGTH)
    throw invalid(`${field} must be ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters long`, at(field));
  return password;
}

function checkRole(role: unknown): InstanceRole {
  if (!isInstanceRole(role)) throw invalid(`role must be one of ${INSTANCE_ROLES.join(", ")}`, at("role"));
  return role;
}

/** A new user's fields from a request body or command-line values, each problem at its field. */
export function parseNewUser(input: unknown): NewUser {
  const body: Body = bodyObject(input);
  const email = typeof body.email === "string" ? body.email.trim().toLowerCase() : "";
  if (!EMAIL.test(email) || email.length > 254) throw invalid("email must be an email address", at("email"));
  const name = body.name === undefined || body.name === "" ? undefined : body.name;
  if (name !== undefined && (typeof name !== "string" || name.length > 200))
    throw invalid("name must be text of at most 200 characters", at("name"));
  return { email, password: checkPassword(body.password), role: checkRole(body.role), name };
}

export async function hasUsers(): Promise<boolean> {
  return (await db().user.count()) > 0;
}

async function insertUser(user: NewUser, onlyIfFirst: boolean): Promise<UserView> {
  const password = await hashPassword(user.password);
  return retryWhileBusy("Creating the user", () =>
    db().$transaction(async (tx) => {
      if (onlyIfFirst && (await tx.user.count()) > 0)
        throw new AppError("forbidden", "The owner is already set up: sign in, or ask an admin for a user.");
      if (await tx.user.findUnique({ where: { email: user.email } }))
        throw new AppError("conflict", `A user with the email ${user.email} already exists.`, [
          { message: "taken", location: at("email") },
        ]);
      const id = randomUUID();
      const created = await tx.user.create({
        data: { id, email: user.email, name: user.name ?? user.email.split("@")[0], role: user.role },
      });
      await tx.account.create({
        data: { id: randomUUID(), accountId: id, providerId: "credential", userId: id, password },
      });
      return view(created);
    }),
  );
}

/** First start: the owner, created only while no user exists (no default password, no second owner this way). */
export function setUpOwner(input: unknown): Promise<UserView> {
  return insertUser({ ...parseNewUser({ ...bodyObject(input), role: "owner" }) }, true);
}

/** Only an owner may make or unmake an owner; admins manage everyone else. */
function requireRoleChange(actor: Actor, role: InstanceRole) {
  requirePermission(actor, "manage_users");
  requireSession(actor, "Creating a user or changing a role");
  if (role === "owner" && actor.role !== "owner")
    throw new AppError("forbidden", `Only an owner may make or change an owner; ${actor.email} is ${actor.role}.`);
}

export async function createUser(actor: Actor, input: unknown): Promise<UserView> {
  const user = parseNewUser(input);
  requireRoleChange(actor, user.role);
  return insertUser(user, false);
}

export async function listUsers(actor: Actor): Promise<UserView[]> {
  requirePermission(actor, "manage_users");
  const users = await db().user.findMany({ orderBy: { createdAt: "asc" }, take: 10_000 });
  return users.map(view);
}

export async function setUserRole(actor: Actor, userId: string, input: unknown): Promise<UserView> {
  const role = checkRole(bodyObject(input).role);
  requireRoleChange(actor, role);
  return retryWhileBusy("Changing the role", () =>
    db().$transaction(async (tx) => {
      const user = await tx.user.findUnique({ where: { id: userId } });
      if (!user) throw notFound(`User ${userId}`);
      if (user.role === "owner" && role !== "owner") {
        requireRoleChange(actor, "owner");
        if ((await tx.user.count({ where: { role: "owner" } })) === 1)
          throw new AppError("conflict", `${user.email} is the only owner: make another user owner first.`);
      }
      const updated = view(await tx.user.update({ where: { id: userId }, data: { role } }));
      accountsChanged();
      return updated;
    }),
  );
}
