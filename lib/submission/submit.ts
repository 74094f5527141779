// Submit integration: the gate — the certify box ticked, validation with no error (a missing mandatory operation is
// refused with the validator's own code), every required operation mapped in Configure your integration to an ON
// flow without error, the support email and test account entered, a certification run passed within 48 hours —
// then the linked OIN app moves to "OIN to review". Every failed requirement is listed at once, each with its code.
// Editing the app, its configuration or the project's flows and connections returns it to Draft.
import "server-only";
import { bodyObject, booleanField } from "../body";
import { listCertifications } from "../certify/store";
import { db } from "../db/client";
import { AppError } from "../errors";
import { readConfiguration } from "../oin/configuration-store";
import { configurationContext, shownOperations } from "./configuration";
import { certificationProblems, completenessProblems, operationProblems, SUBMISSION_CODES } from "./gate";

export const SUBMITTED_STATUS = "OIN to review";

export async function submitIntegration(
  projectId: string,
  input: unknown,
): Promise<{ oinAppId: string; status: string }> {
  const certified = booleanField(bodyObject(input), "certified", "you certify the integration is ready for review");
  const context = await configurationContext(projectId);
  const stored = await readConfiguration(context.oinAppId);
  // The operations as the screen shows them (before the first save, its pre-selection).
  const configuration = { ...stored.configuration, operations: shownOperations(context, stored) };
  const [last] = await listCertifications(projectId);
  const validationErrors = context.validation.errors
    .filter((entry) => entry.severity === "error")
    .map((entry) => ({
      message: `${entry.code}: ${entry.message}`,
      location: { ...(entry.flow && { field: entry.flow }), ...(entry.pointer && { pointer: entry.pointer }) },
    }));
  const certifyBox = {
    message: `${SUBMISSION_CODES.certifyBox}: Tick the certify box: you certify the integration is ready for review.`,
    location: { field: "certified", pointer: "/certified" },
  };
  // Every unmet requirement at once, the box included.
  const problems = [
    ...(certified ? [] : [certifyBox]),
    ...validationErrors,
    ...operationProblems(context, configuration),
    ...completenessProblems(configuration),
    ...certificationProblems(last),
  ];
  if (problems.length)
    throw new AppError(
      "invalid_input",
      `The integration cannot be submitted: ${problems.length} requirement(s) not met.`,
      problems,
    );
  await db().oinApp.update({ where: { id: context.oinAppId }, data: { status: SUBMITTED_STATUS } });
  return { oinAppId: context.oinAppId, status: SUBMITTED_STATUS };
}
