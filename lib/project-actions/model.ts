// A project's action as its panel shows it. Types only.
import type { FlowSummary } from "../flows/summary";
import type { ActionChoice } from "./choices";

export interface ProjectActionView {
  contract: string;
  capability: ActionChoice["capability"];
  operationGroup: ActionChoice["operationGroup"];
  folder: string;
  testFolder: string;
  flows: FlowSummary[];
  tests: FlowSummary[];
}
