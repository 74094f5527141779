// How well one operation implements one kind of contract call: a score in [0, 1] with its reasons, or
// nothing when the operation cannot be it.
import type { HttpMethod } from "../spec/types";
import type { OperationFacts } from "./facts";
import { isSingular } from "./path-words";
import { type Action, type Entity, GROUP_FIELDS, ID_PARAMETERS, looseName, singular, USER_FIELDS } from "./words";

export interface Scored {
  score: number;
  reasons: string[];
}

export interface Want {
  entity: Entity;
  /** The actions that fit, the first being the best. */
  actions: Action[];
  /** One record (an id in the path or the query) or the collection. */
  one: boolean;
  /** The entity the path must sit under (`/groups/{id}/members`). */
  under?: Entity;
  methods?: HttpMethod[];
}

const PLURAL: Partial<Record<Entity, string>> = {
  user: "users",
  group: "groups",
  membership: "memberships",
  session: "sessions",
  schema: "schemas",
  entitlement: "entitlements",
};

const WEAK_NAMES = new Set(["person", "employee", "principal"]);

/** The action an operation performs: what its path says, else what its method means on its path. */
export function effectiveAction(facts: OperationFacts): { action: Action; fromPath: boolean } {
  if (facts.pathAction) return { action: facts.pathAction, fromPath: true };
  const method = facts.operation.method;
  const one = identifiesOne(facts);
  if (method === "get") return { action: one ? "read" : "list", fromPath: false };
  if (method === "post") return { action: one ? "update" : "create", fromPath: false };
  if (method === "delete") return { action: "delete", fromPath: false };
  return { action: "update", fromPath: false };
}

/** The query parameters that identify one record of `entity` (RPC style: `/users.info?user=U1`). */
export function queryIdOf(facts: OperationFacts, entity: "user" | "group"): string | undefined {
  return facts.requiredQueryNames.find((name) => ID_PARAMETERS[entity].has(name));
}

/** The record is named by a path parameter, or (RPC style, no path parameters) by the query or the body. */
export function identifiesOne(facts: OperationFacts): boolean {
  if (facts.subjectHasId) return true;
  const entity = facts.subject === "group" ? "group" : facts.subject === "user" ? "user" : undefined;
  if (!entity || facts.pathParameters.length > 0) return false;
  if (queryIdOf(facts, entity) !== undefined) return true;
  const ids = ID_PARAMETERS[entity];
  // `GET /user?accountId=`, `GET /users.info?user=`: a path naming or reading one record takes its id in the query.
  if (
    facts.operation.method !== "post" &&
    facts.pathAction !== "list" &&
    (isSingular(facts.subjectWord) || facts.pathAction === "read") &&
    facts.queryNames.some((name) => ids.has(name))
  )
    return true;
  // Only a method-named path (`/usergroups.update`) takes its record's id in the body.
  if (!facts.pathAction || facts.operation.method === "get") return false;
  return [...facts.requestFields].some((field) => ids.has(field) && field !== "email");
}

export function overlap(fields: Set<string>, vocabulary: Set<string>): number {
  let count = 0;
  for (const field of fields) if (vocabulary.has(field)) count += 1;
  return count;
}

/** The generic score: entity, action, one-or-many, nesting, body and paging evidence. */
export function scoreOperation(facts: OperationFacts, want: Want): Scored | undefined {
  const reasons: string[] = [];
  const method = facts.operation.method;
  if (want.methods && !want.methods.includes(method)) return undefined;
  if (facts.subject !== want.entity) return undefined;
  // The caller's own account and the tenant itself are not records an integration manages.
  if (facts.caller || facts.tenantRecord) return undefined;
  let score = 0.4;
  const named = PLURAL[want.entity] ?? want.entity;
  // Roles read as groups (spec-signals.ts) say so.
  const alias = want.entity === "group" && singular(looseName(facts.subjectWord)) === "role" ? " (its roles)" : "";
  reasons.push(`the path is about ${named}${alias}`);

  if (want.under) {
    if (facts.parent === want.under) {
      score += 0.1;
      reasons.push(`under a ${want.under}`);
    } else score -= 0.15;
    // `/identity-sources/{id}/groups/{id}/membership`: the group itself belongs to something else.
    if (facts.parametersBeforeSubject > (facts.parentHasId ? 1 : 0)) {
      score -= 0.15;
      reasons.push("nested deeper than its group");
    }
  } else if (facts.parametersBeforeSubject > 0) {
    score -= 0.3;
    reasons.push(`nested under one ${facts.parent ?? "other record"}`);
  }

  const { action, fromPath } = effectiveAction(facts);
  const rank = want.actions.indexOf(action);
  if (rank < 0) return undefined;
  score += rank === 0 ? 0.35 : 0.2;
  reasons.push(
    fromPath
      ? `the path says "${facts.trailingWords.join(" ")}"`
      : `${method.toUpperCase()} ${facts.subjectHasId ? "on one record" : "on the collection"}`,
  );
  if (!fromPath && facts.textActions.size) {
    if (facts.textActions.has(want.actions[0])) score += 0.05;
    else if (!want.actions.some((wanted) => facts.textActions.has(wanted))) {
      score -= 0.1;
      reasons.push(`its summary says ${[...facts.textActions].join("/")}`);
    }
  }

  const one = identifiesOne(facts);
  if (one !== want.one) return undefined;

  const foreign = facts.foreignWords;
  if (foreign.length) {
    score -= 0.4;
    reasons.push(`it addresses "${foreign.join(" ")}" of the ${want.entity}`);
  }
  if (facts.operation.deprecated) {
    score -= 0.1;
    reasons.push("deprecated");
  }
  // Fewer path parameters and shorter paths are the plainer way to the same thing; a tenant's parameter too.
  score -= 0.01 * facts.pathParameters.length + 0.02 * facts.tenantParameters;
  // "people", "accounts": another name for users than the spec's own `users` is about something else.
  if (facts.otherName) {
    score -= 0.1;
    reasons.push(`"${facts.subjectWord}" beside the spec's users`);
  } else if (WEAK_NAMES.has(singular(facts.subjectWord))) score -= 0.05;
  // A SCIM surface is made for provisioning: on a platform spec it wins over the REST one.
  if (facts.scimPath && want.entity !== "session") {
    score += 0.05;
    reasons.push("a SCIM resource");
  }
  return { score, reasons };
}

/** Evidence from the bodies: a user-like request or response adds confidence. */
export function bodyEvidence(facts: OperationFacts, entity: "user" | "group", where: "request" | "response"): Scored {
  const vocabulary = entity === "user" ? USER_FIELDS : GROUP_FIELDS;
  const fields =
    where === "request" ? facts.requestFields : facts.responseIsList ? facts.responseItemFields : facts.responseFields;
  const shared = overlap(fields, vocabulary);
  if (shared >= 2) return { score: 0.1, reasons: [`its ${where} has ${entity} fields`] };
  return { score: 0, reasons: [] };
}

export function combine(base: Scored | undefined, ...extras: Scored[]): Scored | undefined {
  if (!base) return undefined;
  return extras.reduce(
    (total, extra) => ({ score: total.score + extra.score, reasons: [...total.reasons, ...extra.reasons] }),
    base,
  );
}
