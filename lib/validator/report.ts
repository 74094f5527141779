// The validation report of a bundle (ib validate) or a stored project (the route): `ok` unless a diagnostic is
// an error; warnings are listed with their severity.
import { projectViewOfBundle, type BundleViewOptions } from "./from-bundle";
import { projectViewOf } from "./from-store";
import type { Diagnostic } from "./model";
import { validateProject, type ValidateOptions } from "./validate";

export interface ValidationReport {
  ok: boolean;
  errors: Diagnostic[];
}

export const validationReport = (diagnostics: Diagnostic[]): ValidationReport => ({
  ok: !diagnostics.some((entry) => entry.severity === "error"),
  errors: diagnostics,
});

export const validateBundle = (document: unknown, options: ValidateOptions & BundleViewOptions = {}) =>
  validationReport(validateProject(projectViewOfBundle(document, options), options));

export const validateStoredProject = async (projectId: string, options: ValidateOptions = {}) =>
  validationReport(validateProject(await projectViewOf(projectId), options));

/** One line per diagnostic: severity, code, where, message. */
export function describeDiagnostic(entry: Diagnostic): string {
  const where = [
    entry.flow !== null && `flow "${entry.flow}"`,
    entry.card !== null && `card "${entry.card}"`,
    entry.field !== null && `field "${entry.field}"`,
  ].filter(Boolean);
  return `${entry.severity} ${entry.code}${where.length ? ` (${where.join(", ")})` : ""}: ${entry.message}`;
}
