// Core flows of a stored project: preview (what will be created, from which auth configuration and server, the
// ping choice) and generation, stored in the Shared Folder with their generated hash.
import "server-only";
import type { AuthConfiguration } from "../auth/model";
import { getAuthConfig, listAuthConfigs } from "../auth/store";
import { AppError, invalid } from "../errors";
import { createFlow, getFlow, listFlows, saveFlow } from "../flows/store";
import type { FlowSummary } from "../flows/summary";
import { currentSpec } from "../specs-store/store";
import { CORE_FLOW_NAMES, CORE_FLOW_TITLES, CORE_FLOWS, HTTP_HELPER_NAME, type CoreFlowId } from "./context";
import { generateCoreFlows, isCoreFlowId } from "./core-flows";
import type { PingChoice } from "./ping";
import { planRegeneration, type EditedDecision, type PlanEntry } from "./plan";
import type { CoreFlowsPreview, GenerationOutcome, CoreFlowStatus } from "./model";

export interface CoreFlowRequest {
  flows?: CoreFlowId[];
  authConfigId?: string;
  ping?: { path: string; query?: Record<string, string> };
  /** For flows the user edited (plan action "edited"), by flow name; absent = "skip". */
  decisions?: Record<string, EditedDecision>;
}

/** Reads and checks a request body (route or CLI) into a CoreFlowRequest. */
export function parseCoreFlowRequest(input: unknown): CoreFlowRequest {
  const body = (input && typeof input === "object" ? input : {}) as Record<string, unknown>;
  const request: CoreFlowRequest = {};
  if (body.flows !== undefined) {
    if (!Array.isArray(body.flows) || !body.flows.every(isCoreFlowId) || body.flows.length === 0) {
      throw invalid(`"flows" must list one or more of ${CORE_FLOWS.join(", ")}`, { field: "flows" });
    }
    request.flows = body.flows;
  }
  if (body.authConfigId !== undefined && body.authConfigId !== null) {
    if (typeof body.authConfigId !== "string") throw invalid(`"authConfigId" must be text`, { field: "authConfigId" });
    request.authConfigId = body.authConfigId;
  }
  if (body.ping !== undefined && body.ping !== null) {
    const ping = body.ping as Record<string, unknown>;
    if (typeof ping.path !== "string" || !ping.path.startsWith("/"))
      throw invalid("The Authping path must start with /", { field: "ping.path" });
    const query = ping.query && typeof ping.query === "object" ? (ping.query as Record<string, unknown>) : {};
    request.ping = {
      path: ping.path,
      query: Object.fromEntries(Object.entries(query).map(([key, value]) => [key, String(value)])),
    };
  }
  if (body.decisions !== undefined) {
    const decisions = body.decisions as Record<string, unknown>;
    if (!decisions || typeof decisions !== "object" || Array.isArray(decisions)) {
      throw invalid(`"decisions" must map flow names to skip, copy or overwrite`, { field: "decisions" });
    }
    for (const [name, decision] of Object.entries(decisions)) {
      if (!["skip", "copy", "overwrite"].includes(decision as string)) {
        throw invalid(`Decision for "${name}" must be skip, copy or overwrite`, { field: `decisions.${name}` });
      }
    }
    request.decisions = decisions as Record<string, EditedDecision>;
  }
  return request;
}

async function projectInputs(projectId: string, authConfigId?: string) {
  const spec = await currentSpec(projectId);
  if (!spec)
    throw new AppError("invalid_input", "Upload the API spec first: core flows are generated from it.", [
      { message: "No spec uploaded", location: { field: "spec" } },
    ]);
  const configs = await listAuthConfigs(projectId);
  const summaries = await listFlows(projectId);
  const helperConfigId = summaries.find((flow) => flow.name === HTTP_HELPER_NAME)?.generatedAuthConfigId;
  const helperAuth = configs.find((config) => config.id === helperConfigId);
  const auth = authConfigId ? await getAuthConfig(projectId, authConfigId) : (helperAuth ?? configs[0]);
  return { spec, configs, auth, helperAuth, summaries };
}

function statusOf(summaries: FlowSummary[]): CoreFlowStatus[] {
  const hasHelper = summaries.some((flow) => flow.name === HTTP_HELPER_NAME);
  return CORE_FLOWS.map((core) => {
    const stored = summaries.find((flow) => flow.name === CORE_FLOW_NAMES[core]);
    return {
      core,
      title: CORE_FLOW_TITLES[core],
      name: CORE_FLOW_NAMES[core],
      ...(stored ? { flowId: stored.id, edited: stored.edited } : {}),
      available: core === "httpHelper" || hasHelper,
    };
  });
}

async function storedStates(summaries: FlowSummary[], names: string[]) {
  const relevant = summaries.filter((flow) => names.includes(flow.name));
  return Promise.all(relevant.map((summary) => getFlow(summary.id)));
}

/** What generating `request.flows` would do, without changing anything. Order is not enforced for a preview. */
export async function previewCoreFlows(projectId: string, request: CoreFlowRequest = {}): Promise<CoreFlowsPreview> {
  const { spec, configs, auth, helperAuth, summaries } = await projectInputs(projectId, request.authConfigId);
  const { flows, context } = generateCoreFlows(spec.index, {
    flows: request.flows,
    auth,
    ping: request.ping,
    skipOrderCheck: true,
  });
  const stored = await storedStates(
    summaries,
    flows.map(({ flow }) => flow.name),
  );
  const describe = (config: AuthConfiguration) => ({ id: config.id, name: config.name, type: config.type });
  return {
    specTitle: spec.title,
    serverUrl: context.serverUrl,
    serverDescription: context.serverDescription,
    authConfig: auth ? describe(auth) : undefined,
    helperAuthConfig: helperAuth ? describe(helperAuth) : undefined,
    authConfigs: configs.map(describe),
    ping: context.ping,
    plan: planRegeneration(flows, stored),
    status: statusOf(summaries),
  };
}

/** Generates and stores core flows; out of order (no httpHelper) is refused, edited flows are never overwritten silently. */
export async function generateProjectCoreFlows(
  projectId: string,
  request: CoreFlowRequest = {},
): Promise<{ outcomes: GenerationOutcome[]; ping: PingChoice; plan: PlanEntry[] }> {
  const { spec, auth, summaries } = await projectInputs(projectId, request.authConfigId);
  const { flows, context } = generateCoreFlows(spec.index, {
    flows: request.flows,
    auth,
    ping: request.ping,
    existingFlowNames: summaries.map((flow) => flow.name),
  });
  const stored = await storedStates(
    summaries,
    flows.map(({ flow }) => flow.name),
  );
  const plan = planRegeneration(flows, stored);
  const generated = { generated: true, authConfigId: auth?.id };
  const outcomes: GenerationOutcome[] = [];
  for (const [i, entry] of plan.entries()) {
    const flow = flows[i].flow;
    if (entry.action === "create") {
      outcomes.push({
        name: entry.name,
        action: "created",
        flowId: (await createFlow(projectId, flow, generated)).id,
      });
    } else if (entry.action === "update") {
      outcomes.push({
        name: entry.name,
        action: "updated",
        flowId: (await saveFlow(entry.flowId!, flow, entry.version!, generated)).id,
      });
    } else if (entry.action === "unchanged") {
      outcomes.push({ name: entry.name, action: "unchanged", flowId: entry.flowId });
    } else {
      const decision = request.decisions?.[entry.name] ?? "skip";
      if (decision === "copy") {
        const copy = { ...flow, name: entry.copyName! };
        outcomes.push({
          name: copy.name,
          action: "copied",
          flowId: (await createFlow(projectId, copy, generated)).id,
        });
      } else if (decision === "overwrite") {
        outcomes.push({
          name: entry.name,
          action: "overwritten",
          flowId: (await saveFlow(entry.flowId!, flow, entry.version!, generated)).id,
        });
      } else {
        outcomes.push({ name: entry.name, action: "skipped", flowId: entry.flowId });
      }
    }
  }
  return { outcomes, ping: context.ping, plan };
}
