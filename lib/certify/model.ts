// The certification run's vocabulary: a case and how it fails or does not apply (the report of a run: report.ts).
import type { CertifySession } from "./session";

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
