// What core flow generation previews and answers, as the Spec tab shows them. Types only.
import type { CoreFlowId } from "./context";
import type { PingChoice } from "./ping";
import type { PlanEntry } from "./plan";

export interface CoreFlowsPreview {
  specTitle: string;
  serverUrl?: string;
  serverDescription: string;
  /** The configuration generation uses: the requested one, else the one httpHelper was generated for, else the first. */
  authConfig?: { id?: string; name: string; type: string };
  /** The configuration the stored httpHelper was generated for, when known. */
  helperAuthConfig?: { id?: string; name: string; type: string };
  authConfigs: { id?: string; name: string; type: string }[];
  ping: PingChoice;
  plan: PlanEntry[];
  status: CoreFlowStatus[];
}

export interface GenerationOutcome {
  name: string;
  action: "created" | "updated" | "unchanged" | "copied" | "skipped" | "overwritten";
  flowId?: string;
}

export interface CoreFlowStatus {
  core: CoreFlowId;
  title: string;
  name: string;
  flowId?: string;
  edited?: boolean;
  /** False while httpHelper is missing (Authping and Custom API Action call it). */
  available: boolean;
}
