// What the whole spec says about each of its operations: whether it is a SCIM 2.0 service (so RFC 7644's
// semantics hold where its description omits them) and which tenant words hold its records (`/accounts/{id}/users`:
// an account is where users live, so `POST /accounts` creates no user).
import type { SpecIndex } from "../spec/types";
import type { OperationFacts } from "./facts";
import { entityOf, looseName, singular, TENANT_WORDS } from "./words";

export interface SpecSignals {
  /** A SCIM 2.0 service: a `scim` segment, SCIM discovery resources, or SCIM bodies on `/Users`/`/Groups`. */
  scim: boolean;
  /** Tenant words (singular) the spec nests records under, or scopes most operations by (`?teamId=`). */
  tenantWords: Set<string>;
  /** The spec names a collection `users`: other names of people (people, accounts) mean something else. */
  usersCollection: boolean;
  /** Some user write of the spec shows a `password` field: without one, no operation sets passwords. */
  userPassword: boolean;
  /** The spec names roles and no groups (by any of their names). */
  rolesOnly: boolean;
  /** Roles are how it groups users: it has no groups, and its role records list their users (Directus). */
  rolesAsGroups: boolean;
}

/** A query parameter naming the same scope on this share of the operations makes its word a tenant. */
const SCOPE_SHARE = 0.2;
const SCOPE_MINIMUM = 10;

const SCIM_DISCOVERY = new Set(["ServiceProviderConfig", "ResourceTypes", "Schemas"]);
const SCIM_COLLECTION = /\/(Users|Groups)(\/\{[^}]+\})?$/;

/** What the spec's request bodies show, asked per operation (read from the document, see facts.ts). */
export interface RequestReader {
  scimBody(method: string, path: string): boolean;
  passwordField(method: string, path: string): boolean;
}

const USER_WRITE = /\/(users?|Users|members?|accounts?|identit(y|ies)|people|persons?|employees?)(\/\{[^}]+\})?\/?$/i;

export function specSignals(index: SpecIndex, requests: RequestReader): SpecSignals {
  let scim = false;
  let usersCollection = false;
  let userPassword = false;
  let groupWord = false;
  let roleWord = false;
  const tenantWords = new Set<string>();
  const scopes = new Map<string, number>();
  for (const operation of index.operations) {
    // `?teamId=` on most operations: the team is where everything lives (Vercel's teams, Slack's `team_id`).
    for (const parameter of operation.parameters) {
      const stem = parameter.in === "query" ? /^(.+?)_?id$/i.exec(parameter.name)?.[1] : undefined;
      if (stem) scopes.set(singular(looseName(stem)), (scopes.get(singular(looseName(stem))) ?? 0) + 1);
    }
    const segments = operation.path.split("/");
    if (
      !scim &&
      (segments.some((segment) => /^scim$/i.test(segment) || SCIM_DISCOVERY.has(segment)) ||
        (SCIM_COLLECTION.test(operation.path) && requests.scimBody(operation.method, operation.path)))
    )
      scim = true;
    // `/accounts/{id}/users`, `/account/users`: a collection of records right inside it.
    if (
      !userPassword &&
      operation.method !== "get" &&
      USER_WRITE.test(operation.path) &&
      requests.passwordField(operation.method, operation.path)
    )
      userPassword = true;
    const words = segments.filter(Boolean);
    for (const segment of words) {
      const word = singular(looseName(segment.replace(/\.(json|xml)$/i, "")));
      if (entityOf(word) === "group") groupWord = true;
      if (word === "role") roleWord = true;
    }
    if (words.some((segment) => looseName(segment.replace(/\.(json|xml)$/i, "")) === "users")) usersCollection = true;
    words.forEach((segment, position) => {
      const word = singular(looseName(segment));
      if (!TENANT_WORDS.has(word)) return;
      const next = /^\{.*\}$/.test(words[position + 1] ?? "") ? words[position + 2] : words[position + 1];
      if (next && entityOf(looseName(next.replace(/\.(json|xml)$/i, "")))) tenantWords.add(word);
    });
  }
  const scopeFloor = Math.max(SCOPE_MINIMUM, SCOPE_SHARE * index.operations.length);
  for (const [word, count] of scopes) if (count >= scopeFloor && entityOf(word) === "group") tenantWords.add(word);
  return {
    scim,
    tenantWords,
    usersCollection,
    userPassword,
    rolesOnly: roleWord && !groupWord,
    rolesAsGroups: false,
  };
}

const USERS_OF_GROUP = new Set(["members", "users", "userids", "memberids", "membercount", "usercount"]);
const GROUPS_OF_USER = new Set(["groups", "groupid", "groupids", "teams", "teamid", "teamids", "usergroups"]);

/**
 * The spec's groups hold users: a membership path, group records listing members, or user records naming their
 * groups. Groups that never meet a user (groups of nodes, of customers) are no user groups.
 */
export function groupsHoldUsers(facts: OperationFacts[]): boolean {
  const has = (fields: Set<string>, names: Set<string>) => [...fields].some((name) => names.has(name));
  return facts.some(
    (fact) =>
      fact.subject === "membership" ||
      (fact.subject === "group" &&
        (has(fact.requestFields, USERS_OF_GROUP) ||
          has(fact.responseFields, USERS_OF_GROUP) ||
          has(fact.responseItemFields, USERS_OF_GROUP))) ||
      (fact.subject === "user" &&
        (has(fact.requestFields, GROUPS_OF_USER) ||
          has(fact.responseFields, GROUPS_OF_USER) ||
          has(fact.responseItemFields, GROUPS_OF_USER))),
  );
}

/**
 * Roles of a spec without groups whose records list their users (`users` on a Directus role): they are its groups.
 * Roles that only grant permissions (a user's `role` field, a role without members) stay entitlements.
 */
export function rolesHoldUsers(facts: OperationFacts[]): boolean {
  return facts.some(
    (fact) =>
      fact.subject === "entitlement" &&
      singular(looseName(fact.subjectWord)) === "role" &&
      [fact.requestFields, fact.responseFields, fact.responseItemFields].some((fields) =>
        [...fields].some((name) => USERS_OF_GROUP.has(name)),
      ),
  );
}
