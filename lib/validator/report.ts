// A validation report: `ok` unless a diagnostic is an error; warnings are listed with their severity.
import type { Diagnostic } from "./model";

export interface ValidationReport {
  ok: boolean;
  errors: Diagnostic[];
}

export const validationReport = (diagnostics: Diagnostic[]): ValidationReport => ({
  ok: !diagnostics.some((entry) => entry.severity === "error"),
  errors: diagnostics,
});

/** One line per diagnostic: severity, code, where, message. */
export function describeDiagnostic(entry: Diagnostic): string {
  const where = [
    entry.flow !== null && `flow "${entry.flow}"`,
    entry.card !== null && `card "${entry.card}"`,
    entry.field !== null && `field "${entry.field}"`,
  ].filter(Boolean);
  return `${entry.severity} ${entry.code}${where.length ? ` (${where.join(", ")})` : ""}: ${entry.message}`;
}
