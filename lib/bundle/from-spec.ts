// A bundle straight from a spec index: auth configurations (all schemes or the chosen one) and the three core flows.
import { draftActionFlows, type DraftResult } from "../actions/draft";
import { planActions } from "../actions/plan";
import { generateAuthConfigs } from "../auth/generate";
import type { GenerationNote } from "../auth/model";
import { generateCoreFlows } from "../generate/core-flows";
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
  return { bundle, authNotes: auth.notes, ping: context.ping, pingOperation: context.pingOperation, actions };
}
