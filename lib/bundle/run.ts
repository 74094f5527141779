// Runs a flow of a bundle (no database): the connection comes from a ConnectionConfig document or from a base URL
// plus parameter values, resolved with one of the bundle's auth configurations.
import type { AuthConfiguration } from "../auth/model";
import type { ConnectionConfig, ResolvedConnection } from "../connections/model";
import { resolveConnectionConfig } from "../connections/resolve";
import { serverFromSpec } from "../connections/server";
import { validateConnectionConfig, valueSlot } from "../connections/validate";
import { runFlow } from "../engine/run";
import { checkBeforeRun } from "../validator/pre-run";
import type { RunResult } from "../engine/types";
import { AppError, invalid } from "../errors";
import { withHelperConfigValues } from "../flows/config-values";
import { createHttpClient } from "../http/client";
import type { HttpClient } from "../http/types";
import type { ProjectBundle } from "./model";

export type BundleConnectionSource =
  /** The Advanced view's ConnectionConfig; its authConfigId names a bundle auth configuration (by name). */
  | { kind: "config"; config: unknown }
  /** A base URL and parameter values for the bundle's first auth configuration. */
  | { kind: "baseUrl"; baseUrl: string; values: Record<string, string> };

function authConfigFor(bundle: ProjectBundle, reference: unknown): AuthConfiguration | undefined {
  if (typeof reference !== "string" || reference === "") return bundle.authConfigurations[0];
  const found = bundle.authConfigurations.find((config) => config.name === reference || config.id === reference);
  if (!found) {
    const known = bundle.authConfigurations.map((config) => `"${config.name}"`).join(", ") || "none";
    throw invalid(
      `The connection's authConfigId "${reference}" names no auth configuration of the bundle (it has ${known}).`,
      { pointer: "/authConfigId" },
    );
  }
  return found;
}

function configFromBaseUrl(
  baseUrl: string,
  values: Record<string, string>,
  authConfig: AuthConfiguration | undefined,
): ConnectionConfig {
  if (!/^https?:\/\/[^/]/i.test(baseUrl))
    throw invalid(`--base-url must be an http:// or https:// URL (got "${baseUrl}")`, { field: "base-url" });
  const server = serverFromSpec({ url: baseUrl, variables: {} });
  const parameters: Record<string, string> = {};
  const tenantVariables: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) {
    const slot = valueSlot(authConfig, key);
    (slot.in === "parameters" ? parameters : tenantVariables)[slot.name] = value;
  }
  return {
    name: "command line",
    server,
    parameters,
    tenantVariables,
    tls: { enabled: server.protocol === "https", rejectUnauthorized: true },
    timeoutMs: 30_000,
    proxy: { mode: "direct", auth: { mode: "none" } },
  };
}

/** The connection a bundle's flows run with: the source validated against the bundle's auth configuration, resolved. */
export async function resolveBundleConnection(
  bundle: ProjectBundle,
  source: BundleConnectionSource,
): Promise<ResolvedConnection> {
  const reference =
    source.kind === "config" ? (source.config as { authConfigId?: unknown } | null)?.authConfigId : undefined;
  const authConfig = authConfigFor(bundle, reference);
  const raw = source.kind === "config" ? source.config : configFromBaseUrl(source.baseUrl, source.values, authConfig);
  const { authConfigId: _reference, ...config } = validateConnectionConfig(raw, authConfig);
  return withHelperConfigValues(resolveConnectionConfig(config, authConfig), bundleFlowLoader(bundle));
}

/** Call Flow finds the other flows of the bundle by name. */
export function bundleFlowLoader(bundle: ProjectBundle) {
  return (name: string) => bundle.flows.find((candidate) => candidate.name === name);
}

type BundleConnection = { connection: ResolvedConnection; http: HttpClient };

/** What runs of one bundle share: flows already checked, connections resolved (with their HTTP client) per source. */
interface BundleRuntime {
  checked: Set<string>;
  connections: Map<string, BundleConnection>;
}

/** Sources remembered per bundle, the oldest forgotten first: a run with a new token does not grow memory. */
const MAX_CONNECTIONS_PER_BUNDLE = 8;
// A parsed bundle is not changed afterwards, so what is derived from it lives as long as it does.
const runtimes = new WeakMap<ProjectBundle, BundleRuntime>();

function runtimeOf(bundle: ProjectBundle): BundleRuntime {
  let runtime = runtimes.get(bundle);
  if (!runtime) {
    runtime = { checked: new Set(), connections: new Map() };
    runtimes.set(bundle, runtime);
  }
  return runtime;
}

/**
 * The source's connection and client, resolved once per distinct source: at once when known, else a promise. Keyed
 * by the source's JSON: the secrets in it stay in this process's memory, as they do in the resolved connection.
 */
function connectionFor(
  bundle: ProjectBundle,
  runtime: BundleRuntime,
  source: BundleConnectionSource,
): BundleConnection | Promise<BundleConnection> {
  const key = JSON.stringify(source);
  return runtime.connections.get(key) ?? resolveAndRemember(bundle, runtime, source, key);
}

async function resolveAndRemember(
  bundle: ProjectBundle,
  runtime: BundleRuntime,
  source: BundleConnectionSource,
  key: string,
): Promise<BundleConnection> {
  const connection = await resolveBundleConnection(bundle, source);
  const resolved = { connection, http: createHttpClient(connection) };
  if (runtime.connections.size >= MAX_CONNECTIONS_PER_BUNDLE)
    runtime.connections.delete(runtime.connections.keys().next().value as string);
  runtime.connections.set(key, resolved);
  return resolved;
}

/** Runs `flowName` from the bundle; Call Flow finds the other flows of the bundle by name. */
export async function runBundleFlow(
  bundle: ProjectBundle,
  flowName: string,
  inputs: Record<string, unknown>,
  source: BundleConnectionSource,
): Promise<RunResult> {
  const flow = bundle.flows.find((candidate) => candidate.name === flowName);
  if (!flow) {
    const names = bundle.flows.map((candidate) => `"${candidate.name}"`).join(", ") || "none";
    throw new AppError("not_found", `The bundle has no flow named "${flowName}" (it has ${names}).`);
  }
  const loadFlow = bundleFlowLoader(bundle);
  const runtime = runtimeOf(bundle);
  if (!runtime.checked.has(flowName)) {
    await checkBeforeRun(flow, loadFlow);
    runtime.checked.add(flowName);
  }
  const known = connectionFor(bundle, runtime, source);
  const { connection, http } = known instanceof Promise ? await known : known;
  return runFlow({
    flow,
    inputs,
    loadFlow,
    http,
    context: {
      parameters: connection.parameters,
      tenantVariables: connection.tenantVariables,
      secretValues: connection.secretValues,
    },
  });
}
