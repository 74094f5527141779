// What the flow operations accept from a route body (or any JSON): checked from `unknown`, each problem at its field;
// problems inside the flow document are located under `/flow`.
import { bodyObject, booleanField, nestedAt, positiveIntegerField } from "../body";
import type { Flow } from "../flow/model";
import { parseFlow } from "../flow/schema";

// The stored version comes from the save itself, so a document without one (an exported flow) is accepted.
const flowIn = (body: Record<string, unknown>, version: number): Flow =>
  nestedAt("/flow", () =>
    parseFlow(
      body.flow !== null && typeof body.flow === "object" && !("version" in body.flow)
        ? { ...body.flow, version }
        : body.flow,
    ),
  );

/** Save: `{ flow, expectedVersion }`, the version the editor started from. */
export function parseFlowSave(input: unknown): { flow: Flow; expectedVersion: number } {
  const body = bodyObject(input);
  const expectedVersion = positiveIntegerField(body, "expectedVersion", "the version you edited");
  return { flow: flowIn(body, expectedVersion), expectedVersion };
}

/** Draft autosave: `{ flow, baseVersion }`, the unsaved edits and the version they started from. */
export function parseDraftSave(input: unknown): { flow: Flow; baseVersion: number } {
  const body = bodyObject(input);
  const baseVersion = positiveIntegerField(body, "baseVersion", "the version the draft started from");
  return { flow: flowIn(body, baseVersion), baseVersion };
}

/** ON/OFF: `{ enabled }`. */
export function parseEnabledChange(input: unknown): { enabled: boolean } {
  return { enabled: booleanField(bodyObject(input), "enabled", "whether the flow is ON") };
}
