// What the validator reads (a read-only view of a project), what its rules are, and what it reports.
// The same view is built from a bundle (ib validate) and from the store (routes, canvas page), so every caller
// runs the same rules.
import type { CardCatalog } from "../cards/types";
import type { Flow } from "../flow/model";
import type { ReferenceDiagnostic } from "../cards/scope";
import type { Capability } from "../oin/model";

export type Severity = "error" | "warning";

/** One broken rule: what, where (flow, card, field, JSON pointer into the flow) and how to fix it. */
export interface Diagnostic {
  code: string;
  severity: Severity;
  flow: string | null;
  card: string | null;
  field: string | null;
  message: string;
  /** JSON pointer into the flow document (absent for project-level findings). */
  pointer?: string;
}

/** What a rule reports; the registry adds the rule's code, severity and the flow. */
export interface Finding {
  message: string;
  /** The flow it concerns, for project rules (flow rules get it from the flow they check). */
  flow?: string;
  card?: string;
  field?: string;
  pointer?: string;
}

/** A connection parameter of an auth configuration, as the project rules need it. */
export interface ParameterView {
  key: string;
  label: string;
  /** credential: entered by the installing admin in the OIN app's authentication settings. */
  source: "credential" | "parameter" | "server";
  /** A secret (an API key): the installing admin enters it, like a credential. */
  secret: boolean;
  defaultValue?: string;
}

export interface AuthConfigurationView {
  name: string;
  parameters: readonly ParameterView[];
  /** Connection parameter key -> tenant variable name (or an OIN client setting such as auth.client_id). */
  mapping: Readonly<Record<string, string>>;
  /** Mapping problems found while reading it (mapped to a variable the app lacks...). */
  mappingProblems: readonly { parameter: string; message: string }[];
}

/** A read-only view of a project: everything the rules may look at. */
export interface ProjectView {
  /** Every flow of the project, ON and OFF (Call Flow may call either); rules check the ON ones. */
  flows: readonly Flow[];
  /** The linked OIN app, or null when the project is not linked. */
  oinApp: { capabilities: readonly Capability[] } | null;
  tenantVariables: readonly { name: string }[];
  authConfigurations: readonly AuthConfigurationView[];
  /** Contract names with a passing test flow or certification case. */
  passedContracts: readonly string[];
  /** Flow-schema problems of flows read leniently from a bundle (the rules see a repaired copy). */
  documentProblems?: ReadonlyMap<Flow, readonly { pointer: string; message: string }[]>;
}

/**
 * An action contract as the rules need it (the contract catalog provides these): its OIN Wizard operation
 * (capability, operation group, whether the operation is required) and its output JSON Schema.
 */
export interface ContractInfo {
  name: string;
  capability: Capability;
  operationGroup: string;
  /** A required operation of its capability (OIN Wizard `*`). */
  required: boolean;
  /** `{ type: "object", properties, required }`: the flow's outputs. */
  outputSchema: { properties?: Record<string, unknown>; required?: readonly string[] };
}

export interface ContractCatalog {
  contracts: readonly ContractInfo[];
}

/** What the rules may use besides the project: the card catalog and the contract catalog. */
export interface ValidationContext {
  project: ProjectView;
  /** Every flow by name (the first one when names repeat). */
  flowsByName: ReadonlyMap<string, Flow>;
  /** The flows under validation: the ON flows of the project, or the one flow being edited or run. */
  checked: readonly Flow[];
  cards: CardCatalog;
  /** checkReferences of a flow, computed once per validation. */
  references(flow: Flow): readonly ReferenceDiagnostic[];
  contract(name: string): ContractInfo | undefined;
  contracts: readonly ContractInfo[];
  /** False when no contract catalog was given: contract rules then have nothing to check against. */
  hasContracts: boolean;
}

export type RuleArea = "platform" | "structure" | "mappings" | "contracts" | "project";

interface RuleInfo {
  code: string;
  severity: Severity;
  area: RuleArea;
  title: string;
  /** How to fix it, for docs/validation.md. */
  fix: string;
}

/** Looks at one flow at a time: the canvas runs these as the user edits. */
export interface FlowRule extends RuleInfo {
  scope: "flow";
  check(flow: Flow, context: ValidationContext): Finding[];
}

/** Looks at the project as a whole (names across flows, capabilities, mappings). */
export interface ProjectRule extends RuleInfo {
  scope: "project";
  check(context: ValidationContext): Finding[];
}

export type Rule = FlowRule | ProjectRule;
