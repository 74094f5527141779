// A stored flow as lists show it: no document, just what a row names. Types only.
import type { FlowKind } from "../flow/model";

export interface FlowSummary {
  id: string;
  projectId: string;
  name: string;
  kind: FlowKind;
  folder: string;
  enabled: boolean;
  /** When ON/OFF last changed; null until it is first switched. */
  enabledChangedAt: string | null;
  version: number;
  /** Set when a generator created it: the hash of the flow as generated. */
  generatedHash: string | null;
  /** True for a generated flow whose content no longer matches what was generated. */
  edited: boolean;
  /** The auth configuration a core flow was last generated for. */
  generatedAuthConfigId: string | null;
  createdAt: string;
  updatedAt: string;
}
