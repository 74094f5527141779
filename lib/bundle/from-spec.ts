// A bundle straight from a spec index: auth configurations (all schemes or the chosen one), the three core flows,
// drafted action flows when asked, and the app's capabilities, so the bundle validates on its own (mandatory
// operations included).
import { draftActionFlows, type DraftResult } from "../actions/draft";
import { planActions } from "../actions/plan";
import { generateAuthConfigs } from "../auth/generate";
import type { GenerationNote } from "../auth/model";
import { findContract } from "../contracts/catalog";
import { generateCoreFlows } from "../generate/core-flows";
import { CAPABILITIES, type Capability } from "../oin/model";
import type { PingChoice, PingOperation } from "../generate/ping";
import type { SpecIndex } from "../spec/types";
import { BUNDLE_VERSION, type ProjectBundle } from "./model";
import { withoutSecrets } from "./secrets";

export interface SpecBundle {
  bundle: ProjectBundle;
  authNotes: GenerationNote[];
  ping: PingChoice;
  /** The operation `_authping` calls, when there is one. */
  pingOperation?: PingOperation;
  /** Action flows drafted (and contracts skipped, with why), when asked for. */
  actions?: DraftResult;
}

export interface SpecBundleOptions {
  authScheme?: string;
  /** Draft action flows for these contracts from the plan over `document` (the parsed spec). */
  actions?: { document: unknown; contracts: readonly string[] };
  /** The app's capabilities the bundle records; default: those of the contracts drafted (none drafted: none). */
  capabilities?: readonly Capability[];
}

/** The capabilities of the drafted action flows' contracts, in the catalog's order. */
function draftedCapabilities(actions: DraftResult | undefined): Capability[] {
  const drafted = new Set(
    (actions?.flows ?? []).map((flow) =>
      flow.kind === "action" ? findContract(flow.event.contract ?? "") : undefined,
    ),
  );
  return CAPABILITIES.filter((capability) => [...drafted].some((contract) => contract?.capability === capability));
}

/** `authScheme`: only that security scheme ("name" or "name/flow"); the first configuration drives the ping choice. */
export function bundleFromSpec(index: SpecIndex, options: SpecBundleOptions = {}): SpecBundle {
  const auth = generateAuthConfigs(index, options.authScheme ? [options.authScheme] : undefined);
  const { flows, context } = generateCoreFlows(index, { auth: auth.configurations[0] });
  const bundle: ProjectBundle = {
    bundleVersion: BUNDLE_VERSION,
    project: { name: (index.title || "API").slice(0, 100), description: (index.description ?? "").slice(0, 1024) },
    tenantVariables: [],
    authConfigurations: auth.configurations.map(withoutSecrets),
    flows: flows.map(({ flow }) => flow),
  };
  const actions = options.actions
    ? draftActionFlows(
        options.actions.document,
        index,
        planActions(options.actions.document, index),
        options.actions.contracts,
      )
    : undefined;
  if (actions) bundle.flows.push(...actions.flows);
  const capabilities = options.capabilities ?? draftedCapabilities(actions);
  if (capabilities.length) bundle.oinApp = { capabilities: [...capabilities] };
  return { bundle, authNotes: auth.notes, ping: context.ping, pingOperation: context.pingOperation, actions };
}
