// The validation report of a bundle (ib validate) or a stored project (the route).
import { type ValidationReport, validationReport } from "../validator/report";
import { type ValidateOptions, validateProject } from "../validator/validate";
import { type BundleViewOptions, projectViewOfBundle } from "./bundle-view";
import { projectViewOf } from "./stored-view";

export const validateBundle = (
  document: unknown,
  options: ValidateOptions & BundleViewOptions = {},
): ValidationReport => validationReport(validateProject(projectViewOfBundle(document, options), options));

export const validateStoredProject = async (
  projectId: string,
  options: ValidateOptions = {},
): Promise<ValidationReport> => validationReport(validateProject(await projectViewOf(projectId), options));
