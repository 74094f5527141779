// A project bundle: everything needed to rebuild or run a project elsewhere, without a single secret.
// The format is documented in docs/bundle-format.md.
import type { AuthConfiguration } from "../auth/model";
import type { Flow } from "../flow/model";
import type { Capability } from "../oin/model";

export const BUNDLE_VERSION = 1;

export interface BundleTenantVariable {
  label: string;
  name: string;
}

export interface ProjectBundle {
  bundleVersion: typeof BUNDLE_VERSION;
  project: { name: string; description: string };
  /** The linked OIN app's tenant variables (what auth mappings and `tenantVar` bindings may name). */
  tenantVariables: BundleTenantVariable[];
  /**
   * The linked OIN app's capabilities (what the validator checks operations against) and the names of its
   * authentication variables (what a mapping may name as `auth.<name>`); absent when not linked.
   */
  oinApp?: { capabilities: Capability[]; authVariables?: string[] };
  /** Auth configurations with secret settings and password config values removed. */
  authConfigurations: AuthConfiguration[];
  flows: Flow[];
}
