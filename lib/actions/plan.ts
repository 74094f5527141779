// The action plan: for every contract, the spec's operations that could implement it, ranked, and the one
// chosen — or, honestly, none. General rules over paths, names, parameters and bodies (each contract's module).
import { CONTRACTS, type ContractName } from "../contracts/catalog";
import type { HttpMethod, SpecIndex } from "../spec/types";
import { CONTRACT_ACTIONS } from "./contracts";
import { type OperationFacts, operationFacts, requestReader } from "./facts";
import { groupsHoldUsers, rolesHoldUsers, type SpecSignals, specSignals } from "./spec-signals";
import { preferCoherentSurfaces, type RankedOperation } from "./surface";

export interface PlannedOperation {
  method: HttpMethod;
  path: string;
}

export interface PlanCandidate extends PlannedOperation {
  score: number;
  why: string;
}

export interface PlannedAction {
  contract: ContractName;
  operation: PlannedOperation | null;
  confidence: number;
  why: string;
  candidates: PlanCandidate[];
}

export interface ActionPlan {
  ok: true;
  actions: PlannedAction[];
  /** One sentence on the whole plan (how many contracts found an operation, or why none did). */
  summary: string;
}

/** A candidate below this is not chosen: the contract is reported as not implemented. */
export const CHOICE_THRESHOLD = 0.5;
const MAX_CANDIDATES = 4;
const MIN_CANDIDATE_SCORE = 0.2;

const round = (score: number) => Math.round(Math.min(1, Math.max(0, score)) * 100) / 100;

/** Plans every contract over a spec: `document` is the parsed OpenAPI object `index` was built from. */
export function planActions(document: unknown, index: SpecIndex): ActionPlan {
  const signals = specSignals(index, requestReader(document));
  const factsUnder = (read: SpecSignals) =>
    index.operations.flatMap((operation) => operationFacts(document, operation, read) ?? []);
  let facts: OperationFacts[] = factsUnder(signals);
  // A spec without groups whose roles list their users groups its users by role: read again with roles as groups.
  if (signals.rolesOnly && rolesHoldUsers(facts)) facts = factsUnder({ ...signals, rolesAsGroups: true });
  // Groups that never meet a user (groups of nodes, of customers) implement no group contract.
  const planned = groupsHoldUsers(facts)
    ? facts
    : facts.filter((fact) => fact.subject !== "group" && fact.subject !== "membership");
  const rankings = new Map<ContractName, RankedOperation[]>();
  for (const contract of CONTRACTS) {
    const { recognise } = CONTRACT_ACTIONS[contract.name];
    const ranked = planned
      .map((fact) => ({ fact, scored: recognise(fact) }))
      .filter((entry) => entry.scored && entry.scored.score >= MIN_CANDIDATE_SCORE)
      .map((entry) => ({
        method: entry.fact.operation.method,
        path: entry.fact.operation.path,
        score: round(entry.scored!.score),
        why: entry.scored!.reasons.join("; "),
        surface: entry.fact.surface,
      }))
      .sort((a, b) => b.score - a.score || a.path.length - b.path.length || a.path.localeCompare(b.path));
    rankings.set(contract.name, ranked);
  }
  preferCoherentSurfaces(rankings, CHOICE_THRESHOLD);
  const actions = CONTRACTS.map((contract): PlannedAction => {
    const ranked = (rankings.get(contract.name) ?? []).map(({ method, path, score, why }) => ({
      method: method as HttpMethod,
      path,
      score,
      why,
    }));
    const best = ranked[0];
    if (!best || best.score < CHOICE_THRESHOLD) {
      return {
        contract: contract.name,
        operation: null,
        confidence: best ? round(1 - best.score) : 1,
        why: best
          ? `no operation fits well enough; the closest, ${best.method.toUpperCase()} ${best.path}, scores ${best.score}`
          : "the spec has no operation that does this",
        candidates: ranked.slice(0, MAX_CANDIDATES),
      };
    }
    return {
      contract: contract.name,
      operation: { method: best.method, path: best.path },
      confidence: best.score,
      why: best.why,
      candidates: ranked.slice(1, MAX_CANDIDATES + 1),
    };
  });
  return { ok: true, actions, summary: planSummary(actions, facts.length, index) };
}

function planSummary(actions: PlannedAction[], relevant: number, index: SpecIndex): string {
  const planned = actions.filter((action) => action.operation).length;
  if (index.operations.length === 0)
    return "The spec declares no operations, so no contract can be planned (paths without methods are not operations).";
  if (relevant === 0)
    return `None of the spec's ${index.operations.length} operations manage users, groups, memberships or sessions: nothing to plan.`;
  return `${planned} of ${actions.length} contracts have an operation; the others have none in this spec.`;
}
