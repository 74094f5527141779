// Planning evidence several contracts weigh: a name filter, a login in the path, the methods that write.
import type { OperationFacts } from "../../facts";
import { type Scored, scoreOperation } from "../../score";
import type { Action } from "../../words";

export const WRITE = ["post", "put", "patch"] as const;
export const found = (score: number, reason: string): Scored => ({ score, reasons: [reason] });
export const none: Scored = { score: 0, reasons: [] };

/** A list that can be narrowed by name: `?email=`, `?username=`, SCIM `?filter=`, `?search=`. */
export function nameFilter(facts: OperationFacts, names: Set<string>): Scored | undefined {
  const parameter = facts.queryNames.find((name) => names.has(name));
  return parameter ? found(0.2, `filters by "${parameter}"`) : undefined;
}

/** A path that takes a login rather than an id: `/users/{email}`, `/users/{idOrEmail}`, `/users.lookupByEmail`. */
export function loginInPath(facts: OperationFacts): Scored | undefined {
  if (facts.loginParameter) return found(0.2, `takes the ${facts.loginParameter} in the path`);
  // `/users.lookupByEmail`, `/users/by/email/{email}`; not `/user/email?accountId=` (the email of a user).
  const login = facts.trailingWords.find((word) => ["email", "username", "login"].includes(word));
  if (login && (facts.trailingWords.includes("by") || facts.queryNames.includes(login)))
    return found(0.2, `looks up by ${facts.trailingWords.join(" ")}`);
  const query = facts.requiredQueryNames.find((name) => ["email", "username", "login"].includes(name));
  return query ? found(0.2, `takes the ${query} in the query`) : undefined;
}

/** `/teams/search`: a search lists too, but the plain list is the better way to list them all. */
export function searchOnly(facts: OperationFacts): Scored {
  return facts.trailingWords.some((word) => word === "search" || word === "query") ? found(-0.05, "a search") : none;
}

/** A list (`GET /users`), or a search sent as a POST (`POST /team-members/search`, its query in the body). */
export function listOrSearch(
  facts: OperationFacts,
  entity: "user" | "group",
  actions: Action[] = ["list"],
): Scored | undefined {
  const listed = scoreOperation(facts, { entity, actions, one: false, methods: ["get"] });
  if (listed || facts.operation.method !== "post" || facts.pathAction !== "list") return listed;
  const searched = scoreOperation(facts, { entity, actions, one: false, methods: ["post"] });
  return searched && { score: searched.score - 0.1, reasons: [...searched.reasons, "a search sent as a POST"] };
}
