// The journey checklist (issue 22, "a guided path"): each step's state from the project's state, the first open
// step is the next one, and a step whose earlier steps are not done says what it waits for.
import { describe, expect, it } from "vitest";
import { type JourneyState, journeySteps } from "@/lib/journey/steps";

const EMPTY: JourneyState = {
  projectId: "p1",
  oinApp: null,
  specUploaded: false,
  authConfigurations: 0,
  connections: { count: 0, working: false },
  coreFlowsMissing: ["httpHelper", "_authping", "Custom API Action"],
  actionFlowsOn: 0,
  testFlows: 0,
  validationErrors: 0,
  certified: false,
  configurationSaved: false,
  submittedStatus: "Not linked",
};

const states = (state: JourneyState) => Object.fromEntries(journeySteps(state).map((step) => [step.id, step.state]));

describe("journeySteps", () => {
  it("starts a new project at linking its app, with the spec open and the rest waiting", () => {
    const steps = journeySteps(EMPTY);
    expect(steps.map((step) => step.id)).toEqual([
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
    ]);
    expect(states(EMPTY)).toMatchObject({ app: "next", spec: "todo", auth: "blocked", submit: "blocked" });
    expect(steps.find((step) => step.id === "auth")?.detail).toBe("Waits for: Upload the API spec.");
    expect(steps[0].href).toBe("/projects/p1");
  });

  it("moves on as the project grows, pointing configure and submit at the OIN app's configuration", () => {
    const built: JourneyState = {
      ...EMPTY,
      oinApp: { id: "a1", status: "DRAFT" },
      specUploaded: true,
      authConfigurations: 1,
      coreFlowsMissing: [],
      connections: { count: 1, working: false },
      actionFlowsOn: 12,
      validationErrors: 2,
    };
    expect(states(built)).toMatchObject({
      app: "done",
      spec: "done",
      auth: "done",
      coreFlows: "done",
      actions: "done",
      connection: "next",
      tests: "blocked",
      validate: "todo",
      certify: "blocked",
      configure: "todo",
      submit: "blocked",
    });
    const steps = journeySteps(built);
    expect(steps.find((step) => step.id === "validate")?.detail).toBe(
      "Fix the 2 validation error(s) (Validate and submit tab).",
    );
    expect(steps.find((step) => step.id === "submit")?.href).toBe("/oin-apps/a1#configure-integration");
  });

  it("is all done once submitted", () => {
    const done = journeySteps({
      ...EMPTY,
      oinApp: { id: "a1", status: "OIN to review" },
      specUploaded: true,
      authConfigurations: 1,
      coreFlowsMissing: [],
      connections: { count: 1, working: true },
      actionFlowsOn: 12,
      testFlows: 1,
      certified: true,
      configurationSaved: true,
      submittedStatus: "OIN to review",
    });
    expect(done.every((step) => step.state === "done")).toBe(true);
  });
});
