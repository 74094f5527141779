// What the action plan and its drafting answer, as the Spec tab shows them. Types only.
import type { ActionPlan } from "./plan";

export interface ActionGenerationResult {
  flows: ActionGenerationOutcome[];
  /** Contracts asked for that have no operation (or no draft), and why. */
  notDrafted: { contract: string; reason: string }[];
  plan: ActionPlan;
}

export interface ProjectActionPlan extends ActionPlan {
  specVersion: number;
  withoutOperation: DraftWithoutOperation[];
}

/** A contract the spec implements without an operation of its own (e.g. the user schema described from the spec). */
export interface DraftWithoutOperation {
  contract: string;
  /** What the draft does instead, from its description. */
  why: string;
}

export interface ActionGenerationOutcome {
  name: string;
  contract?: string;
  action: "created" | "replaced" | "unchanged" | "skipped";
  flowId: string;
  /** Why a flow was skipped. */
  reason?: string;
}
