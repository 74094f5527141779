// The REST demo's in-memory state: users, groups, memberships, sessions and issued tokens. Tests read it
// through `inspect()` to prove what each call did.
import { randomBytes } from "node:crypto";

export type UserStatus = "active" | "deactivated";

export interface DemoUser {
  id: string;
  email: string;
  first_name: string;
  last_name: string;
  display_name?: string;
  title?: string;
  status: UserStatus;
  password_set: boolean;
  created_at: string;
  updated_at: string;
}

export interface DemoGroup {
  id: string;
  name: string;
  description?: string;
  created_at: string;
}

export interface DemoMembership {
  id: string;
  group_id: string;
  user_id: string;
}

export interface DemoSession {
  id: string;
  user_id: string;
  created_at: string;
  revoked: boolean;
}

export class DemoConflict extends Error {}

export class RestDemoStore {
  readonly users = new Map<string, DemoUser>();
  readonly groups = new Map<string, DemoGroup>();
  readonly memberships = new Map<string, DemoMembership>();
  readonly sessions = new Map<string, DemoSession>();
  /** access token → expiry (ms since epoch); the static API token never expires. */
  readonly tokens = new Map<string, number>();
  /** The next n requests (after authentication) answer 429. */
  rateLimitedRequests = 0;
  private sequence = 0;

  private nextId(prefix: string): string {
    this.sequence += 1;
    return `${prefix}_${String(this.sequence).padStart(4, "0")}`;
  }

  private now(): string {
    return new Date().toISOString();
  }

  issueToken(lifetimeSeconds: number): string {
    const token = randomBytes(24).toString("base64url");
    this.tokens.set(token, Date.now() + lifetimeSeconds * 1000);
    return token;
  }

  findUserByEmail(email: string): DemoUser | undefined {
    const wanted = email.toLowerCase();
    return [...this.users.values()].find((user) => user.email.toLowerCase() === wanted);
  }

  createUser(fields: Pick<DemoUser, "email" | "first_name" | "last_name"> & Partial<DemoUser>): DemoUser {
    if (this.findUserByEmail(fields.email)) throw new DemoConflict(`a user with email ${fields.email} already exists`);
    const at = this.now();
    const user: DemoUser = {
      id: this.nextId("usr"),
      email: fields.email,
      first_name: fields.first_name,
      last_name: fields.last_name,
      ...(fields.display_name ? { display_name: fields.display_name } : {}),
      ...(fields.title ? { title: fields.title } : {}),
      status: fields.status ?? "active",
      password_set: false,
      created_at: at,
      updated_at: at,
    };
    this.users.set(user.id, user);
    return user;
  }

  updateUser(user: DemoUser, changes: Partial<DemoUser>): DemoUser {
    if (
      changes.email &&
      changes.email.toLowerCase() !== user.email.toLowerCase() &&
      this.findUserByEmail(changes.email)
    )
      throw new DemoConflict(`a user with email ${changes.email} already exists`);
    Object.assign(user, changes, { updated_at: this.now() });
    return user;
  }

  deleteUser(id: string): void {
    this.users.delete(id);
    for (const [key, membership] of this.memberships) if (membership.user_id === id) this.memberships.delete(key);
    for (const session of this.sessions.values()) if (session.user_id === id) session.revoked = true;
  }

  createGroup(fields: { name: string; description?: string }): DemoGroup {
    const wanted = fields.name.toLowerCase();
    if ([...this.groups.values()].some((group) => group.name.toLowerCase() === wanted))
      throw new DemoConflict(`a group named ${fields.name} already exists`);
    const group: DemoGroup = {
      id: this.nextId("grp"),
      name: fields.name,
      ...(fields.description ? { description: fields.description } : {}),
      created_at: this.now(),
    };
    this.groups.set(group.id, group);
    return group;
  }

  deleteGroup(id: string): void {
    this.groups.delete(id);
    for (const [key, membership] of this.memberships) if (membership.group_id === id) this.memberships.delete(key);
  }

  findMembership(groupId: string, userId: string): DemoMembership | undefined {
    return [...this.memberships.values()].find((entry) => entry.group_id === groupId && entry.user_id === userId);
  }

  addMembership(groupId: string, userId: string): DemoMembership {
    const existing = this.findMembership(groupId, userId);
    if (existing) throw new DemoConflict(`user ${userId} is already a member of group ${groupId}`);
    const membership = { id: this.nextId("mem"), group_id: groupId, user_id: userId };
    this.memberships.set(membership.id, membership);
    return membership;
  }

  /** A user's sign-in, as the app would record it (the demo's "log in" endpoint and tests use it). */
  openSession(userId: string): DemoSession {
    const session = { id: this.nextId("ses"), user_id: userId, created_at: this.now(), revoked: false };
    this.sessions.set(session.id, session);
    return session;
  }

  revokeSessions(userId: string): number {
    let revoked = 0;
    for (const session of this.sessions.values()) {
      if (session.user_id === userId && !session.revoked) {
        session.revoked = true;
        revoked += 1;
      }
    }
    return revoked;
  }

  /** A snapshot of everything, for tests and the demo's own inspection. */
  inspect() {
    return structuredClone({
      users: [...this.users.values()],
      groups: [...this.groups.values()],
      memberships: [...this.memberships.values()],
      sessions: [...this.sessions.values()],
    });
  }
}
