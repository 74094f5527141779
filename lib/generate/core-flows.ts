// Core flows from the spec: HTTP Helper, Authping and Custom API Action, as ordinary flows the user can change.
import type { AuthConfiguration } from "../auth/model";
import { AppError } from "../errors";
import type { Flow } from "../flow/model";
import type { SpecIndex } from "../spec/types";
import { authpingFlow } from "./authping";
import {
  CORE_FLOW_TITLES,
  CORE_FLOWS,
  coreFlowContext,
  HTTP_HELPER_NAME,
  type CoreFlowContext,
  type CoreFlowId,
} from "./context";
import { customApiActionFlow } from "./custom-api-action";
import { httpHelperFlow } from "./http-helper";

const BUILDERS: Record<CoreFlowId, (context: CoreFlowContext) => Flow> = {
  httpHelper: httpHelperFlow,
  authping: authpingFlow,
  customApiAction: customApiActionFlow,
};

export interface GeneratedCoreFlow {
  core: CoreFlowId;
  flow: Flow;
}

export interface CoreFlowsOptions {
  /** Which flows to generate (default: all three). */
  flows?: CoreFlowId[];
  auth?: AuthConfiguration;
  /** Names of the flows the project already has: httpHelper must be one of them or be generated too. */
  existingFlowNames?: string[];
  /** A preview shows what a flow would look like even before httpHelper exists; generation never skips the check. */
  skipOrderCheck?: boolean;
  /** The operation the user picked for `_authping` instead of the suggested one. */
  ping?: { path: string; query?: Record<string, string> };
}

export function isCoreFlowId(value: unknown): value is CoreFlowId {
  return typeof value === "string" && (CORE_FLOWS as readonly string[]).includes(value);
}

/** Authping and Custom API Action call httpHelper: it must exist already or be generated in the same step. */
export function checkGenerationOrder(flows: CoreFlowId[], existingFlowNames: string[]): void {
  if (flows.includes("httpHelper") || existingFlowNames.includes(HTTP_HELPER_NAME)) return;
  const waiting = flows.map((core) => CORE_FLOW_TITLES[core]).join(" and ");
  const message = `Generate the HTTP Helper flow first: ${waiting} call${flows.length > 1 ? "" : "s"} "${HTTP_HELPER_NAME}", which the project does not have yet.`;
  throw new AppError("invalid_input", message, [{ message, location: { field: "flows" } }]);
}

/** Pure: builds the requested core flows (in dependency order) from a spec index and auth configuration. */
export function generateCoreFlows(
  index: SpecIndex,
  options: CoreFlowsOptions = {},
): { flows: GeneratedCoreFlow[]; context: CoreFlowContext } {
  const requested = options.flows ?? [...CORE_FLOWS];
  if (!options.skipOrderCheck) checkGenerationOrder(requested, options.existingFlowNames ?? []);
  if (options.ping && !options.ping.path.startsWith("/")) {
    const message = `The Authping operation's path must start with / (got "${options.ping.path}").`;
    throw new AppError("invalid_input", message, [{ message, location: { field: "ping.path" } }]);
  }
  const context = coreFlowContext(index, options.auth, options.ping);
  const flows = CORE_FLOWS.filter((core) => requested.includes(core)).map((core) => ({
    core,
    flow: BUILDERS[core](context),
  }));
  return { flows, context };
}
