// Submit integration: the gate (the certify box ticked, validation with no error — a missing mandatory operation is
// refused with the validator's own code —, a certification run that passed within the last 48 hours), then the
// linked OIN app moves to "OIN to review". Editing the OIN app afterwards returns it to Draft (lib/oin).
import { bodyObject, booleanField } from "../body";
import { listCertifications } from "../certify/store";
import { db } from "../db/client";
import { AppError, invalid } from "../errors";
import { getProject } from "../projects/service";
import { validateStoredProject } from "../project-validation/stored-view";

export const SUBMITTED_STATUS = "OIN to review";
/** How long a passed certification run counts for a submission. */
export const CERTIFICATION_VALID_MS = 48 * 60 * 60 * 1000;

export async function submitIntegration(
  projectId: string,
  input: unknown,
): Promise<{ oinAppId: string; status: string }> {
  const certified = booleanField(bodyObject(input), "certified", "you certify the integration is ready for review");
  if (!certified)
    throw invalid("Tick the certify box: you certify the integration is ready for review.", {
      field: "certified",
      pointer: "/certified",
    });
  const project = await getProject(projectId);
  const validation = await validateStoredProject(projectId);
  const errors = validation.errors.filter((entry) => entry.severity === "error");
  if (errors.length)
    throw new AppError(
      "invalid_input",
      `The integration cannot be submitted: validation found ${errors.length} error(s).`,
      errors.map((entry) => ({
        message: `${entry.code}: ${entry.message}`,
        location: { ...(entry.flow && { field: entry.flow }), ...(entry.pointer && { pointer: entry.pointer }) },
      })),
    );
  const oinAppId = project.oinApp!.id;
  const [last] = await listCertifications(projectId);
  if (!last) throw invalid("Run the certification first: no certification run passed yet.", { field: "certification" });
  if (!last.ok)
    throw invalid(`The last certification run (${last.startedAt}) failed: fix it and certify again.`, {
      field: "certification",
    });
  if (Date.now() - Date.parse(last.startedAt) > CERTIFICATION_VALID_MS)
    throw invalid(`The last certification run (${last.startedAt}) is older than 48 hours: certify again.`, {
      field: "certification",
    });
  await db().oinApp.update({ where: { id: oinAppId }, data: { status: SUBMITTED_STATUS } });
  return { oinAppId, status: SUBMITTED_STATUS };
}
