// The report of a certification run, as it is stored and shown: each case's outcome and calls, the clean-up. Types only.
import type { TraceEntry } from "../engine/types";

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

export interface StoredCertification extends CertifyReport {
  id: string;
  connectionId: string;
  /** The traces were dropped to keep the stored report within its bound. */
  tracesOmitted?: boolean;
}
