// The journey of a project as a checklist, from the OIN app to the submission: each step done, next, to do or blocked
// (and why), with where in the app it is done. Computed from the project's state only; no database here.

export const JOURNEY_STEPS = [
  "app",
  "spec",
  "auth",
  "connection",
  "coreFlows",
  "actions",
  "tests",
  "validate",
  "certify",
  "configure",
  "submit",
] as const;
export type JourneyStepId = (typeof JOURNEY_STEPS)[number];

/** What the checklist is computed from. */
export interface JourneyState {
  projectId: string;
  /** The linked OIN app's id and status, or null. */
  oinApp: { id: string; status: string } | null;
  specUploaded: boolean;
  authConfigurations: number;
  /** Connections, and whether one's last Test connection worked. */
  connections: { count: number; working: boolean };
  /** The core flows missing (httpHelper, _authping, Custom API Action). */
  coreFlowsMissing: string[];
  /** ON action flows. */
  actionFlowsOn: number;
  testFlows: number;
  /** Validation errors of the ON flows and the project. */
  validationErrors: number;
  /** Whether a certification run passed within the 48 hours a submission accepts. */
  certified: boolean;
  configurationSaved: boolean;
  submittedStatus: string;
}

export type StepState = "done" | "next" | "todo" | "blocked";

export interface JourneyStep {
  id: JourneyStepId;
  title: string;
  state: StepState;
  /** What done means, what to do, or why it is blocked. */
  detail: string;
  /** Where in the app it is done. */
  href: string;
}

interface StepFacts {
  title: string;
  done: boolean;
  /** The earlier step it waits for, if any is not done. */
  waitsFor?: JourneyStepId[];
  todo: string;
  doneText: string;
  href: string;
}

function facts(state: JourneyState): Record<JourneyStepId, StepFacts> {
  const project = `/projects/${encodeURIComponent(state.projectId)}`;
  const app = state.oinApp ? `/oin-apps/${encodeURIComponent(state.oinApp.id)}#configure-integration` : project;
  return {
    app: {
      title: "Link an OIN app",
      done: state.oinApp !== null,
      todo: "Link the project to its OIN app (General tab): its capabilities and tenant variables drive the rest.",
      doneText: "Linked to its OIN app.",
      href: project,
    },
    spec: {
      title: "Upload the API spec",
      done: state.specUploaded,
      todo: "Upload the API's OpenAPI description on the API Spec tab.",
      doneText: "A spec is uploaded.",
      href: `${project}/spec`,
    },
    auth: {
      title: "Authentication configuration",
      done: state.authConfigurations > 0,
      waitsFor: ["spec"],
      todo: "Generate the authentication configuration from the spec's security schemes (API Spec tab).",
      doneText: `${state.authConfigurations} authentication configuration(s).`,
      href: `${project}/spec`,
    },
    connection: {
      title: "A working connection",
      done: state.connections.working,
      waitsFor: ["auth", "coreFlows"],
      todo:
        state.connections.count === 0
          ? "Create a connection to the API (Connections tab), then Test connection."
          : "Test a connection (Connections tab) until it says Working.",
      doneText: "A connection's last test worked.",
      href: `${project}/connections`,
    },
    coreFlows: {
      title: "Core flows",
      done: state.coreFlowsMissing.length === 0,
      waitsFor: ["auth"],
      todo: `Generate ${state.coreFlowsMissing.join(", ")} on the API Spec tab (Core flows).`,
      doneText: "httpHelper, _authping and Custom API Action exist.",
      href: `${project}/spec`,
    },
    actions: {
      title: "Action flows",
      done: state.actionFlowsOn > 0,
      waitsFor: ["coreFlows"],
      todo: "Generate action flows from the plan (API Spec tab, Generate action flows), or add actions.",
      doneText: `${state.actionFlowsOn} action flow(s) ON.`,
      href: `${project}/spec`,
    },
    tests: {
      title: "Test flows",
      done: state.testFlows > 0,
      waitsFor: ["actions", "connection"],
      todo: "Add a test flow to an action (its page: + New Flow in the Test Folder) and run it.",
      doneText: `${state.testFlows} test flow(s).`,
      href: `${project}/flows`,
    },
    validate: {
      title: "Validate",
      done: state.validationErrors === 0 && state.actionFlowsOn > 0,
      waitsFor: ["actions"],
      todo: `Fix the ${state.validationErrors} validation error(s) (Validate and submit tab).`,
      doneText: "Validation finds no error.",
      href: `${project}/validate`,
    },
    certify: {
      title: "Certify",
      done: state.certified,
      waitsFor: ["validate", "connection"],
      todo: "Run certification through the connection (Validate and submit tab).",
      doneText: "A certification run passed within 48 hours.",
      href: `${project}/validate`,
    },
    configure: {
      title: "Configure your integration",
      done: state.configurationSaved,
      waitsFor: ["app", "actions"],
      todo: "Map each operation to its flow and enter the support email and test account (OIN app page).",
      doneText: "The configuration is saved.",
      href: app,
    },
    submit: {
      title: "Submit integration",
      done: state.submittedStatus === "OIN to review",
      waitsFor: ["validate", "certify", "configure"],
      todo: "Tick the certify box and Submit integration (OIN app page).",
      doneText: "Submitted: OIN to review.",
      href: app,
    },
  };
}

/** The checklist: the first step neither done nor blocked is `next`. */
export function journeySteps(state: JourneyState): JourneyStep[] {
  const all = facts(state);
  let nextGiven = false;
  return JOURNEY_STEPS.map((id) => {
    const step = all[id];
    const href = step.href;
    if (step.done) return { id, title: step.title, state: "done", detail: step.doneText, href };
    const waiting = (step.waitsFor ?? []).filter((earlier) => !all[earlier].done);
    if (waiting.length)
      return {
        id,
        title: step.title,
        state: "blocked",
        detail: `Waits for: ${waiting.map((earlier) => all[earlier].title).join(", ")}.`,
        href,
      };
    const state: StepState = nextGiven ? "todo" : "next";
    nextGiven = true;
    return { id, title: step.title, state, detail: step.todo, href };
  });
}
