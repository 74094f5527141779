// The certification run's vocabulary: a case, its outcome, the report of a run. Types only.
import type { TraceEntry } from "../engine/types";
import type { CertifySession } from "./session";

export type CaseResult = "passed" | "failed" | "not_applicable";

/** One call of an action flow made by a case, with the engine's (redacted) trace. */
export interface CaseCall {
  flow: string;
  inputs: Record<string, unknown>;
  outputs: Record<string, unknown>;
  trace: TraceEntry[];
  durationMs: number;
}

export interface CaseReport {
  id: string;
  title: string;
  result: CaseResult;
  /** Why it failed or does not apply; what it checked when it passed. */
  message: string;
  durationMs: number;
  calls: CaseCall[];
}

/** What the run created (or tried to) and how it was removed again. */
export interface CleanupReport {
  what: string;
  action: "deleted" | "deactivated";
  ok: boolean;
  /** What was done ("deactivated ID", "nothing to remove: …"), or why it could not be. */
  message: string;
}

export interface CertifyReport {
  ok: boolean;
  startedAt: string;
  durationMs: number;
  cases: CaseReport[];
  cleanup: CleanupReport[];
}

export interface CertifyCase {
  id: string;
  title: string;
  /** Contracts the case needs an ON action flow for; without one of them the case does not apply. */
  contracts: readonly string[];
  /** Throws a `CaseFailure` (or any error) to fail; returns what it checked. */
  run(session: CertifySession): Promise<string>;
}

/** A check that did not hold: the message says what, and which field. */
export class CaseFailure extends Error {}

/** The case cannot run here (e.g. nothing to read back); it is reported as not applicable with this reason. */
export class CaseNotApplicable extends Error {}
