// The SCIM demo's in-memory users and groups, as SCIMMY resource handlers read and write them.
import { randomUUID } from "node:crypto";
import SCIMMY from "scimmy";

// biome-ignore lint/suspicious/noExplicitAny: SCIM resources are open-ended JSON, checked by scimmy
export type ScimRecord = Record<string, any>;

function conflict(message: string): never {
  throw new SCIMMY.Types.Error(409, "uniqueness", message);
}

function missing(kind: string, id: string): never {
  throw new SCIMMY.Types.Error(404, null as unknown as string, `${kind} ${id} not found`);
}

export class ScimDemoStore {
  readonly users = new Map<string, ScimRecord>();
  readonly groups = new Map<string, ScimRecord>();

  saveUser(id: string | undefined, instance: ScimRecord): ScimRecord {
    const userName = String(instance.userName ?? "");
    const clash = [...this.users.values()].find(
      (user) => user.id !== id && String(user.userName).toLowerCase() === userName.toLowerCase(),
    );
    if (clash) conflict(`userName ${userName} is already taken`);
    if (id && !this.users.has(id)) missing("User", id);
    const now = new Date().toISOString();
    const previous = id ? this.users.get(id) : undefined;
    const user: ScimRecord = {
      ...plain(instance),
      id: id ?? randomUUID(),
      meta: { created: previous?.meta?.created ?? now, lastModified: now },
    };
    if (user.active === undefined) user.active = true;
    this.users.set(user.id, user);
    return user;
  }

  readUsers(id: string | undefined, filter: { match(values: ScimRecord[]): ScimRecord[] } | undefined) {
    if (id) return [this.users.get(id) ?? missing("User", id)];
    const all = [...this.users.values()];
    return filter ? caseInsensitiveMatch(filter, all, ["userName"]) : all;
  }

  deleteUser(id: string): void {
    if (!this.users.delete(id)) missing("User", id);
    for (const group of this.groups.values())
      group.members = (group.members ?? []).filter((member: ScimRecord) => member.value !== id);
  }

  saveGroup(id: string | undefined, instance: ScimRecord): ScimRecord {
    if (id && !this.groups.has(id)) missing("Group", id);
    const members = (instance.members ?? []) as ScimRecord[];
    for (const member of members) if (!this.users.has(member.value)) missing("User", member.value);
    const now = new Date().toISOString();
    const previous = id ? this.groups.get(id) : undefined;
    const group: ScimRecord = {
      ...plain(instance),
      id: id ?? randomUUID(),
      members: members.map((member) => ({ value: member.value, display: this.users.get(member.value)?.userName })),
      meta: { created: previous?.meta?.created ?? now, lastModified: now },
    };
    this.groups.set(group.id, group);
    return group;
  }

  readGroups(id: string | undefined, filter: { match(values: ScimRecord[]): ScimRecord[] } | undefined) {
    if (id) return [this.groups.get(id) ?? missing("Group", id)];
    const all = [...this.groups.values()];
    return filter ? caseInsensitiveMatch(filter, all, ["displayName"]) : all;
  }

  deleteGroup(id: string): void {
    if (!this.groups.delete(id)) missing("Group", id);
  }

  inspect() {
    return structuredClone({ users: [...this.users.values()], groups: [...this.groups.values()] });
  }
}

/**
 * scimmy compares filter values case-sensitively; userName and displayName are caseExact=false in RFC 7643, so
 * those attributes are compared lower-cased on both sides.
 */
function caseInsensitiveMatch(filter: object, records: ScimRecord[], attributes: string[]): ScimRecord[] {
  const folded = new Set(attributes.map((name) => name.toLowerCase()));
  const lowerExpressions = (JSON.parse(JSON.stringify(filter)) as Record<string, unknown>[]).map((expression) =>
    Object.fromEntries(
      Object.entries(expression).map(([attribute, test]) => {
        if (!folded.has(attribute.toLowerCase()) || !Array.isArray(test)) return [attribute, test];
        const lowered = test.map((part, index) =>
          index === test.length - 1 && typeof part === "string" ? part.toLowerCase() : part,
        );
        return [attribute, lowered];
      }),
    ),
  );
  const lowered = records.map((record) => {
    const copy = { ...record };
    for (const key of Object.keys(copy))
      if (folded.has(key.toLowerCase()) && typeof copy[key] === "string") copy[key] = copy[key].toLowerCase();
    return copy;
  });
  const matched = new Set(new SCIMMY.Types.Filter(lowerExpressions).match(lowered).map((record) => record.id));
  return records.filter((record) => matched.has(record.id));
}

/** scimmy hands handlers schema instances with accessors: keep plain JSON only. */
function plain(instance: ScimRecord): ScimRecord {
  return JSON.parse(JSON.stringify(instance));
}
