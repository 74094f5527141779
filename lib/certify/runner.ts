// Runs every certification case against a target, in order, then removes what the run created.
import { CERTIFY_CASES } from "./cases";
import { CaseNotApplicable, type CertifyCase } from "./model";
import type { CertifyReport, CaseReport } from "./report";
import { type CertifyTarget, CertifySession } from "./session";

async function runCase(session: CertifySession, certifyCase: CertifyCase): Promise<CaseReport> {
  const { id, title } = certifyCase;
  const missing = certifyCase.contracts.filter((contract) => !session.has(contract));
  if (missing.length)
    return {
      id,
      title,
      result: "not_applicable",
      message: `No ON action flow for ${missing.map((name) => `"${name}"`).join(", ")}.`,
      durationMs: 0,
      calls: [],
    };
  session.calls = [];
  const started = performance.now();
  const report = (result: CaseReport["result"], message: string): CaseReport => ({
    id,
    title,
    result,
    message,
    durationMs: Math.round(performance.now() - started),
    calls: session.calls,
  });
  try {
    return report("passed", await certifyCase.run(session));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return report(error instanceof CaseNotApplicable ? "not_applicable" : "failed", message);
  }
}

export async function runCertification(
  target: CertifyTarget,
  cases: readonly CertifyCase[] = CERTIFY_CASES,
): Promise<CertifyReport> {
  const startedAt = new Date().toISOString();
  const started = performance.now();
  const session = new CertifySession(target);
  const reports: CaseReport[] = [];
  for (const certifyCase of cases) reports.push(await runCase(session, certifyCase));
  const cleanup = await session.cleanUp();
  return {
    ok: reports.every((report) => report.result !== "failed"),
    startedAt,
    durationMs: Math.round(performance.now() - started),
    cases: reports,
    cleanup,
  };
}
