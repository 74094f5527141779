// The submission package: what an OIN reviewer gets from a project — its bundle (no secrets), its validation report,
// its last certification report and the OIN app's configuration (without the test account's password) — in one JSON
// document that `ib submission show` reads back.
import { nestedAt } from "../body";
import { parseBundle } from "../bundle/schema";
import { exportProject } from "../bundle/project";
import type { ProjectBundle } from "../bundle/model";
import { listCertifications } from "../certify/store";
import type { StoredCertification } from "../certify/report";
import { AppError, invalid } from "../errors";
import type { IntegrationConfiguration } from "../oin/configuration";
import { readConfiguration } from "../oin/configuration-store";
import { getProject } from "../projects/service";
import { validateStoredProject } from "../project-validation/stored-view";
import type { ValidationReport } from "../validator/report";

export const SUBMISSION_PACKAGE_VERSION = 1;

export interface SubmissionPackage {
  submissionPackageVersion: typeof SUBMISSION_PACKAGE_VERSION;
  createdAt: string;
  bundle: ProjectBundle;
  validation: ValidationReport;
  /** The newest certification run's report; null when the project was never certified. */
  certification: StoredCertification | null;
  /** Configure your integration of the linked OIN app, without the password; null when the project is not linked. */
  configuration: PackagedConfiguration | null;
}

export type PackagedConfiguration = Omit<IntegrationConfiguration, "testAccount"> & {
  testAccount: { url: string; username: string };
};

async function packagedConfiguration(projectId: string): Promise<PackagedConfiguration | null> {
  const { oinApp } = await getProject(projectId);
  if (!oinApp) return null;
  const { configuration } = await readConfiguration(oinApp.id);
  const { password: _password, ...account } = configuration.testAccount;
  return { ...configuration, testAccount: account };
}

export async function submissionPackage(projectId: string): Promise<SubmissionPackage> {
  const [bundle, validation, certifications, configuration] = await Promise.all([
    exportProject(projectId),
    validateStoredProject(projectId),
    listCertifications(projectId),
    packagedConfiguration(projectId),
  ]);
  return {
    submissionPackageVersion: SUBMISSION_PACKAGE_VERSION,
    createdAt: new Date().toISOString(),
    bundle,
    validation,
    certification: certifications[0] ?? null,
    configuration,
  };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/** Where a packaged configuration departs from its shape (strings where strings belong), or undefined. */
function configurationMisfit(value: unknown): { pointer: string; message: string } | undefined {
  if (!isObject(value)) return { pointer: "/configuration", message: "not an object" };
  const { operations, testAccount } = value;
  if (!isObject(operations) || Object.values(operations).some((flow) => typeof flow !== "string"))
    return { pointer: "/configuration/operations", message: "operations must map contract names to flow names" };
  if (!isObject(testAccount)) return { pointer: "/configuration/testAccount", message: "not an object" };
  const texts: [string, unknown][] = [
    ["/configuration/supportEmail", value.supportEmail],
    ["/configuration/testingInstructions", value.testingInstructions],
    ["/configuration/testAccount/url", testAccount.url],
    ["/configuration/testAccount/username", testAccount.username],
  ];
  const bad = texts.find(([, text]) => typeof text !== "string");
  return bad && { pointer: bad[0], message: "must be a string" };
}

/** Reads a package back; its bundle is checked as any bundle, the reports for their shape, each problem at its pointer. */
export function parseSubmissionPackage(input: unknown, file?: string): SubmissionPackage {
  if (!isObject(input)) throw new AppError("invalid_input", "A submission package must be a JSON object.");
  if (input.submissionPackageVersion !== SUBMISSION_PACKAGE_VERSION)
    throw invalid(`submissionPackageVersion must be ${SUBMISSION_PACKAGE_VERSION}: this is not a submission package.`, {
      file,
      pointer: "/submissionPackageVersion",
    });
  const validation = input.validation;
  if (!isObject(validation) || typeof validation.ok !== "boolean" || !Array.isArray(validation.errors))
    throw invalid("validation must be a validation report: { ok, errors: [...] }", { file, pointer: "/validation" });
  const certification = input.certification;
  if (
    certification !== null &&
    (!isObject(certification) || typeof certification.ok !== "boolean" || !Array.isArray(certification.cases))
  )
    throw invalid("certification must be a certification report ({ ok, cases: [...] }) or null", {
      file,
      pointer: "/certification",
    });
  const configuration = input.configuration ?? null;
  const misfit = configuration === null ? undefined : configurationMisfit(configuration);
  if (misfit)
    throw invalid(`configuration must be the OIN app's configuration or null: ${misfit.message}`, {
      file,
      pointer: misfit.pointer,
    });
  const bundle = nestedAt("/bundle", () => parseBundle(input.bundle, file));
  return {
    ...(input as unknown as SubmissionPackage),
    bundle,
    configuration: configuration as PackagedConfiguration | null,
  };
}
