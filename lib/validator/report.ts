// A validation report: `ok` unless a diagnostic is an error; warnings are listed with their severity.
// At most MAX_REPORTED diagnostics are listed (errors first); `omitted` counts the rest.
import type { Diagnostic } from "./model";

export const MAX_REPORTED = 1_000;

export interface ValidationReport {
  ok: boolean;
  errors: Diagnostic[];
  /** Diagnostics found beyond MAX_REPORTED, not listed. */
  omitted?: number;
}

export function validationReport(diagnostics: Diagnostic[]): ValidationReport {
  const ok = !diagnostics.some((entry) => entry.severity === "error");
  if (diagnostics.length <= MAX_REPORTED) return { ok, errors: diagnostics };
  const errorsFirst = [
    ...diagnostics.filter((entry) => entry.severity === "error"),
    ...diagnostics.filter((entry) => entry.severity !== "error"),
  ];
  return { ok, errors: errorsFirst.slice(0, MAX_REPORTED), omitted: diagnostics.length - MAX_REPORTED };
}

/** One line per diagnostic: severity, code, where, message. */
export function describeDiagnostic(entry: Diagnostic): string {
  const where = [
    entry.flow !== null && `flow "${entry.flow}"`,
    entry.card !== null && `card "${entry.card}"`,
    entry.field !== null && `field "${entry.field}"`,
  ].filter(Boolean);
  return `${entry.severity} ${entry.code}${where.length ? ` (${where.join(", ")})` : ""}: ${entry.message}`;
}
