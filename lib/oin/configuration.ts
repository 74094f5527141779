// "Configure your integration" of an OIN app: the action flow implementing each operation of its enabled
// capabilities, a support email, a test account (its password a secret) and testing instructions.
// The payload's validation is pure and reports every problem at once, each at its field and JSON pointer.
import { CONTRACTS, type Contract } from "../contracts/catalog";
import { AppError, type ProblemDetail } from "../errors";
import { formatPointer } from "../validation/pointer";
import type { Capability } from "./model";

export interface TestAccount {
  url: string;
  username: string;
  /** Write-only: views carry SECRET_MASK when one is stored; sending the mask back keeps it. */
  password: string;
}

export interface IntegrationConfiguration {
  /** Contract name -> the name of the action flow implementing it; an operation left out is not mapped. */
  operations: Record<string, string>;
  supportEmail: string;
  testAccount: TestAccount;
  testingInstructions: string;
}

export const CONFIGURATION_LIMITS = {
  flowName: 200,
  supportEmail: 254,
  url: 2048,
  username: 256,
  password: 1024,
  testingInstructions: 4000,
} as const;

/** A flow of the project as the configuration's validation needs it. */
export interface ConfigurableFlow {
  name: string;
  kind: string;
  enabled: boolean;
  contract?: string;
}

export const EMPTY_CONFIGURATION: IntegrationConfiguration = {
  operations: {},
  supportEmail: "",
  testAccount: { url: "", username: "", password: "" },
  testingInstructions: "",
};

/** The operations an OIN app configures: every contract of its enabled capabilities, in catalog order. */
export const operationsOf = (capabilities: readonly Capability[]): Contract[] =>
  CONTRACTS.filter((contract) => capabilities.includes(contract.capability));

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

class Problems {
  readonly list: ProblemDetail[] = [];
  add(path: (string | number)[], message: string) {
    this.list.push({ message, location: { field: path.join("."), pointer: formatPointer(path) } });
  }
  /** A text field: absent or empty is "", anything else must be a string within its limit. */
  text(record: Record<string, unknown>, path: string[], limit: number): string {
    const value = record[path[path.length - 1]];
    if (value === undefined || value === null) return "";
    if (typeof value !== "string") {
      this.add(path, "Must be a string");
      return "";
    }
    const trimmed = value.trim();
    if (trimmed.length > limit) this.add(path, `Must be at most ${limit} characters (it has ${trimmed.length})`);
    return trimmed;
  }
}

function operations(
  value: unknown,
  capabilities: readonly Capability[],
  flows: readonly ConfigurableFlow[],
  problems: Problems,
): Record<string, string> {
  if (value === undefined || value === null) return {};
  if (!isRecord(value)) {
    problems.add(["operations"], "Must be an object: { contract name: flow name }");
    return {};
  }
  const offered = new Set<string>(operationsOf(capabilities).map((contract) => contract.name));
  const byName = new Map(flows.map((flow) => [flow.name, flow]));
  const mapped: Record<string, string> = {};
  for (const [contract, flowName] of Object.entries(value)) {
    const path = ["operations", contract];
    if (flowName === null || flowName === "") continue;
    if (!offered.has(contract)) {
      problems.add(
        path,
        CONTRACTS.some((known) => known.name === contract)
          ? `"${contract}" belongs to a capability this OIN app does not enable`
          : `"${contract}" is not an API Integration Action contract`,
      );
      continue;
    }
    if (typeof flowName !== "string" || flowName.length > CONFIGURATION_LIMITS.flowName) {
      problems.add(
        path,
        `Must be the name of a flow (a string of at most ${CONFIGURATION_LIMITS.flowName} characters)`,
      );
      continue;
    }
    const flow = byName.get(flowName);
    if (!flow) problems.add(path, `The project has no flow named "${flowName}"`);
    else if (flow.kind !== "action" || flow.contract !== contract)
      problems.add(path, `"${flowName}" is not an action flow of "${contract}"`);
    else mapped[contract] = flowName;
  }
  return mapped;
}

function testAccount(value: unknown, problems: Problems): TestAccount {
  if (value === undefined || value === null) return { ...EMPTY_CONFIGURATION.testAccount };
  if (!isRecord(value)) {
    problems.add(["testAccount"], "Must be an object: { url, username, password }");
    return { ...EMPTY_CONFIGURATION.testAccount };
  }
  const url = problems.text(value, ["testAccount", "url"], CONFIGURATION_LIMITS.url);
  if (url && !/^https?:$/.test(URL.canParse(url) ? new URL(url).protocol : ""))
    problems.add(["testAccount", "url"], `"${url}" is not an http(s) URL`);
  const password = value.password ?? "";
  if (typeof password !== "string" || password.length > CONFIGURATION_LIMITS.password)
    problems.add(
      ["testAccount", "password"],
      `Must be a string of at most ${CONFIGURATION_LIMITS.password} characters`,
    );
  return {
    url,
    username: problems.text(value, ["testAccount", "username"], CONFIGURATION_LIMITS.username),
    password: typeof password === "string" ? password : "",
  };
}

export type ConfigurationValidation =
  | { ok: true; value: IntegrationConfiguration }
  | { ok: false; problems: ProblemDetail[] };

/**
 * Validates a configuration payload against the app's capabilities and the project's flows. Completeness (every
 * required operation mapped, the test account filled in) is the submission gate's to check, so a configuration can
 * be saved as it is being filled in.
 */
export function validateConfiguration(
  payload: unknown,
  capabilities: readonly Capability[],
  flows: readonly ConfigurableFlow[],
): ConfigurationValidation {
  const problems = new Problems();
  if (!isRecord(payload)) problems.add([], "The configuration must be a JSON object");
  const input = isRecord(payload) ? payload : {};
  const supportEmail = problems.text(input, ["supportEmail"], CONFIGURATION_LIMITS.supportEmail);
  if (supportEmail && !EMAIL.test(supportEmail))
    problems.add(["supportEmail"], `"${supportEmail}" is not an email address`);
  const value: IntegrationConfiguration = {
    operations: operations(input.operations, capabilities, flows, problems),
    supportEmail,
    testAccount: testAccount(input.testAccount, problems),
    testingInstructions: problems.text(input, ["testingInstructions"], CONFIGURATION_LIMITS.testingInstructions),
  };
  const known = new Set(["operations", "supportEmail", "testAccount", "testingInstructions"]);
  for (const key of Object.keys(input)) if (!known.has(key)) problems.add([key], `Unknown property "${key}"`);
  return problems.list.length ? { ok: false, problems: problems.list } : { ok: true, value };
}

export function parseConfiguration(
  payload: unknown,
  capabilities: readonly Capability[],
  flows: readonly ConfigurableFlow[],
): IntegrationConfiguration {
  const result = validateConfiguration(payload, capabilities, flows);
  if (!result.ok)
    throw new AppError(
      "invalid_input",
      `The configuration has ${result.problems.length} problem(s); nothing was saved.`,
      result.problems,
    );
  return result.value;
}
