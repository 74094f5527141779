// One coherent surface per family of contracts: a platform spec often offers users twice (a SCIM surface under an
// enterprise and a REST one, a provider's `/customers/{id}/users` beside `/users`). The surface that creates, reads
// and lists the records best is the family's, and each contract of the family takes its operation there when one
// scores nearly as well as the best elsewhere.
import { CONTRACTS, type ContractName, type OperationGroup } from "../contracts/catalog";

export interface RankedOperation {
  method: string;
  path: string;
  score: number;
  why: string;
  /** Where its records live: the path before their collection, and the collection (see facts.ts surfaceOf). */
  surface: { prefix: string; collection: string };
}

interface Family {
  /** The contracts whose best operations, together, say which surface is the family's. */
  anchors: ContractName[];
  /** The contracts that follow the family's surface (memberships follow their groups). */
  members: ContractName[];
}

/** The catalog's contracts in these OIN Wizard sections. */
const contractsIn = (...groups: OperationGroup[]): ContractName[] =>
  CONTRACTS.filter((contract) => groups.includes(contract.operationGroup)).map((contract) => contract.name);

const FAMILIES: Family[] = [
  {
    anchors: ["Provisioning Create User", "Provisioning Get User by ID", "Provisioning List Users"],
    members: contractsIn("user operations", "user query", "Universal Logout"),
  },
  {
    anchors: ["Provisioning Create Group", "Provisioning Get Group by ID", "Provisioning List Groups"],
    members: contractsIn("group operations", "group membership", "group query"),
  },
];

/** How far below the best a candidate on the family's surface may score and still be chosen. */
const SURFACE_MARGIN = 0.2;

interface Surface {
  prefix: string;
  /** The collections the family's anchors chose there (`/v4/users`): memberships and sessions live under them. */
  collections: string[];
}

function familySurface(ranked: Map<ContractName, RankedOperation[]>, anchors: ContractName[]): Surface | undefined {
  const totals = new Map<string, number>();
  for (const anchor of anchors) {
    const bestByPrefix = new Map<string, number>();
    for (const { surface, score } of ranked.get(anchor) ?? [])
      bestByPrefix.set(surface.prefix, Math.max(bestByPrefix.get(surface.prefix) ?? 0, score));
    for (const [prefix, score] of bestByPrefix) totals.set(prefix, (totals.get(prefix) ?? 0) + score);
  }
  const prefix = [...totals].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length)[0]?.[0];
  if (prefix === undefined) return undefined;
  const collections = anchors.flatMap(
    (anchor) =>
      (ranked.get(anchor) ?? []).find((candidate) => candidate.surface.prefix === prefix)?.surface.collection ?? [],
  );
  return { prefix, collections };
}

/** The operation lives on the surface: its records sit right there, or under one of its collections. */
const on = (surface: Surface, candidate: RankedOperation) =>
  candidate.surface.prefix === surface.prefix ||
  surface.collections.some(
    (collection) => candidate.path.startsWith(collection) && /^([/.:]|$)/.test(candidate.path.slice(collection.length)),
  );

/**
 * Reorders each family contract's ranking so that its first operation is on the family's surface when one there
 * is within reach of the best; `threshold` is the score below which nothing is chosen.
 */
export function preferCoherentSurfaces(ranked: Map<ContractName, RankedOperation[]>, threshold: number): void {
  const [users, groups] = FAMILIES.map((family) => familySurface(ranked, family.anchors));
  // A membership may live under its user (`/users/{id}/groups/{groupId}`) as well as under its group.
  if (groups && users) groups.collections.push(...users.collections);
  for (const [position, family] of FAMILIES.entries()) {
    const surface = position === 0 ? users : groups;
    if (!surface) continue;
    for (const contract of family.members) {
      const list = ranked.get(contract);
      const best = list?.[0];
      if (!list || !best || on(surface, best)) continue;
      const onSurface = list.find((candidate) => on(surface, candidate));
      if (!onSurface || onSurface.score < threshold || onSurface.score < best.score - SURFACE_MARGIN) continue;
      list.splice(list.indexOf(onSurface), 1);
      list.unshift({
        ...onSurface,
        why: `${onSurface.why}; on the same surface as the other ${surface.prefix} operations`,
      });
    }
  }
}
