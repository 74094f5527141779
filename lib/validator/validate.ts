// Runs the rules: over a whole project (its ON flows and the project itself: Validate flows, ib validate, the
// route) or over one flow (the canvas as the user edits, the pre-run check), and shapes the report.
import { CARD_CATALOG } from "../cards/catalog";
import type { CardCatalog } from "../cards/types";
import type { Flow } from "../flow/model";
import { checkReferences, type ReferenceDiagnostic } from "../cards/scope";
import type { ContractCatalog, Diagnostic, Finding, ProjectView, Rule, RuleArea, ValidationContext } from "./model";
import { RULES } from "./registry";

export interface ValidateOptions {
  /** The action contracts; without them the contract rules have nothing to check against. */
  contracts?: ContractCatalog;
  cards?: CardCatalog;
  /** Only rules of these areas (the pre-run check asks for structure and mappings). */
  areas?: readonly RuleArea[];
  /** Only error-severity rules. */
  errorsOnly?: boolean;
}

function contextFor(project: ProjectView, checked: readonly Flow[], options: ValidateOptions): ValidationContext {
  const flowsByName = new Map<string, Flow>();
  for (const flow of project.flows) if (!flowsByName.has(flow.name)) flowsByName.set(flow.name, flow);
  for (const flow of checked) flowsByName.set(flow.name, flow);
  const contracts = options.contracts?.contracts ?? [];
  const byName = new Map(contracts.map((contract) => [contract.name, contract]));
  const cards = options.cards ?? CARD_CATALOG;
  const references = new WeakMap<Flow, ReferenceDiagnostic[]>();
  return {
    project,
    flowsByName,
    checked,
    cards,
    references(flow) {
      let found = references.get(flow);
      if (!found) {
        found = checkReferences(flow, cards);
        references.set(flow, found);
      }
      return found;
    },
    contract: (name) => byName.get(name),
    contracts,
    hasContracts: options.contracts !== undefined,
  };
}

const selected = (options: ValidateOptions) =>
  RULES.filter(
    (rule) =>
      (!options.areas || options.areas.includes(rule.area)) && (!options.errorsOnly || rule.severity === "error"),
  );

const diagnostic = (rule: Rule, finding: Finding, flow?: string): Diagnostic => ({
  code: rule.code,
  severity: rule.severity,
  flow: finding.flow ?? flow ?? null,
  card: finding.card ?? null,
  field: finding.field ?? null,
  message: finding.message,
  ...(finding.pointer !== undefined && { pointer: finding.pointer }),
});

function run(rules: readonly Rule[], context: ValidationContext, projectRules: boolean): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const rule of rules) {
    if (rule.scope === "project") {
      if (projectRules) for (const finding of rule.check(context)) diagnostics.push(diagnostic(rule, finding));
      continue;
    }
    for (const flow of context.checked)
      for (const finding of rule.check(flow, context)) diagnostics.push(diagnostic(rule, finding, flow.name));
  }
  return diagnostics;
}

/** Every rule over the project's ON flows and the project as a whole. */
export function validateProject(project: ProjectView, options: ValidateOptions = {}): Diagnostic[] {
  const checked = project.flows.filter((flow) => flow.enabled);
  return run(selected(options), contextFor(project, checked, options), true);
}

/** The flow rules over one flow (as edited: it stands in for its stored copy), ON or OFF. */
export function validateFlow(flow: Flow, project: ProjectView, options: ValidateOptions = {}): Diagnostic[] {
  return run(selected(options), contextFor(project, [flow], options), false);
}
