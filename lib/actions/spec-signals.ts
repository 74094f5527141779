// What the whole spec says about each of its operations: whether it is a SCIM 2.0 service (so RFC 7644's
// semantics hold where its description omits them) and which tenant words hold its records (`/accounts/{id}/users`:
// an account is where users live, so `POST /accounts` creates no user).
import type { SpecIndex } from "../spec/types";
import { entityOf, looseName, singular, TENANT_WORDS } from "./words";

export interface SpecSignals {
  /** A SCIM 2.0 service: a `scim` segment, SCIM discovery resources, or SCIM bodies on `/Users`/`/Groups`. */
  scim: boolean;
  /** Tenant words (singular) the spec nests records under. */
  tenantWords: Set<string>;
}

const SCIM_DISCOVERY = new Set(["ServiceProviderConfig", "ResourceTypes", "Schemas"]);
const SCIM_COLLECTION = /\/(Users|Groups)(\/\{[^}]+\})?$/;

export function specSignals(index: SpecIndex, scimBody: (method: string, path: string) => boolean): SpecSignals {
  let scim = false;
  const tenantWords = new Set<string>();
  for (const operation of index.operations) {
    const segments = operation.path.split("/");
    if (
      !scim &&
      (segments.some((segment) => /^scim$/i.test(segment) || SCIM_DISCOVERY.has(segment)) ||
        (SCIM_COLLECTION.test(operation.path) && scimBody(operation.method, operation.path)))
    )
      scim = true;
    // `/accounts/{id}/users`, `/account/users`: a collection of records right inside it.
    const words = segments.filter(Boolean);
    words.forEach((segment, position) => {
      const word = singular(looseName(segment));
      if (!TENANT_WORDS.has(word)) return;
      const next = /^\{.*\}$/.test(words[position + 1] ?? "") ? words[position + 2] : words[position + 1];
      if (next && entityOf(looseName(next.replace(/\.(json|xml)$/i, "")))) tenantWords.add(word);
    });
  }
  return { scim, tenantWords };
}
