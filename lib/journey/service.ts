// The journey checklist of a stored project: its state read from the stores, then lib/journey/steps.ts.
import "server-only";
import { listAuthConfigs } from "../auth/store";
import { listCertifications } from "../certify/store";
import { listConnections } from "../connections/store";
import { AUTHPING_NAME } from "../flow/model";
import { listFlows } from "../flows/store";
import { CUSTOM_API_ACTION_NAME, HTTP_HELPER_NAME } from "../generate/context";
import { readConfiguration } from "../oin/configuration-store";
import { validateStoredProject } from "../project-validation/stored-view";
import { getProject } from "../projects/service";
import { currentSpec } from "../specs-store/store";
import { certificationProblems } from "../submission/gate";
import { type JourneyStep, journeySteps } from "./steps";

export async function projectJourney(projectId: string): Promise<{ projectId: string; steps: JourneyStep[] }> {
  const project = await getProject(projectId);
  const [spec, auth, connections, flows, validation, [lastCertification], stored] = await Promise.all([
    currentSpec(projectId),
    listAuthConfigs(projectId),
    listConnections(projectId),
    listFlows(projectId),
    validateStoredProject(projectId),
    listCertifications(projectId),
    project.oinApp ? readConfiguration(project.oinApp.id) : undefined,
  ]);
  const names = new Set(flows.map((flow) => flow.name));
  const steps = journeySteps({
    projectId,
    oinApp: project.oinApp ? { id: project.oinApp.id, status: project.oinApp.status } : null,
    specUploaded: spec !== null,
    authConfigurations: auth.length,
    connections: {
      count: connections.length,
      working: connections.some((connection) => connection.lastTest?.working === true),
    },
    coreFlowsMissing: [HTTP_HELPER_NAME, AUTHPING_NAME, CUSTOM_API_ACTION_NAME].filter((name) => !names.has(name)),
    actionFlowsOn: flows.filter((flow) => flow.kind === "action" && flow.enabled).length,
    testFlows: flows.filter((flow) => flow.kind === "test").length,
    validationErrors: validation.errors.filter((entry) => entry.severity === "error").length,
    certified: certificationProblems(lastCertification).length === 0,
    configurationSaved: stored?.savedAt != null,
    submittedStatus: project.status,
  });
  return { projectId, steps };
}
