// Planning evidence several contracts weigh: a name filter, a login in the path, the methods that write.
import type { OperationFacts } from "../../facts";
import type { Scored } from "../../score";

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
  const parameter = facts.pathParameters.find((entry) => /email|username|login/i.test(entry.name));
  if (parameter) return found(0.2, `takes the ${parameter.name} in the path`);
  if (facts.trailingWords.some((word) => ["email", "username", "login"].includes(word)))
    return found(0.2, `looks up by ${facts.trailingWords.join(" ")}`);
  const query = facts.requiredQueryNames.find((name) => ["email", "username", "login"].includes(name));
  return query ? found(0.2, `takes the ${query} in the query`) : undefined;
}
