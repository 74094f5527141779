// The requirements Submit integration checks, each with its code: the validator's errors keep their own codes;
// these are the submission's own (docs: README, "Submit integration").
import { CONTRACTS } from "../contracts/catalog";
import type { ProblemDetail } from "../errors";
import type { IntegrationConfiguration } from "../oin/configuration";
import { formatPointer } from "../validation/pointer";
import { ALL_OR_NONE_GROUPS } from "../validator/operations";
import type { StoredCertification } from "../certify/report";
import { type ConfigurationContext, flowsWithErrors } from "./configuration";

export const SUBMISSION_CODES = {
  certifyBox: "IB5001",
  operationNotMapped: "IB5002",
  mappedFlowNotReady: "IB5003",
  configurationIncomplete: "IB5004",
  certification: "IB5005",
} as const;

/** What each submission code asks, as the rules page explains it. */
export const SUBMISSION_RULES: Record<keyof typeof SUBMISSION_CODES, string> = {
  certifyBox: "The certify box is ticked: you certify the integration is ready for review.",
  operationNotMapped:
    "Every required operation (and every operation of a group mapped all or none, and one operation of each capability that is on) is mapped to a flow in Configure your integration.",
  mappedFlowNotReady:
    "Each mapped flow exists, is ON, is an action flow of its operation's contract and has no validation error.",
  configurationIncomplete:
    "Configure your integration has a support email and the test account's URL, username and password.",
  certification: "A certification run passed within the last 48 hours.",
};

/** How long a passed certification run counts for a submission. */
export const CERTIFICATION_VALID_MS = 48 * 60 * 60 * 1000;

const problem = (code: string, message: string, path: string[]): ProblemDetail => ({
  message: `${code}: ${message}`,
  location: { field: path.join("."), pointer: formatPointer(path) },
});

/** Every operation the submission needs mapped, and each mapped flow ON, of its contract and without error. */
export function operationProblems(
  context: ConfigurationContext,
  configuration: IntegrationConfiguration,
): ProblemDetail[] {
  const { operations } = configuration;
  const enabled = CONTRACTS.filter((contract) => context.capabilities.includes(contract.capability));
  const partlyMapped = new Set<string>(
    ALL_OR_NONE_GROUPS.filter((group) =>
      enabled.some((contract) => contract.operationGroup === group && operations[contract.name]),
    ),
  );
  const problems: ProblemDetail[] = [];
  for (const contract of enabled) {
    if (operations[contract.name] || !(contract.required || partlyMapped.has(contract.operationGroup))) continue;
    const why = contract.required
      ? `required for ${contract.capability}`
      : `part of ${contract.operationGroup}, which is mapped all or none`;
    problems.push(
      problem(
        SUBMISSION_CODES.operationNotMapped,
        `${contract.name} (${why}) is not mapped to a flow in Configure your integration.`,
        ["operations", contract.name],
      ),
    );
  }
  // A capability whose operations are all optional still needs one of them: claimed with none, it does nothing.
  for (const capability of context.capabilities) {
    const own = enabled.filter((contract) => contract.capability === capability);
    if (own.length === 0 || own.some((contract) => contract.required || operations[contract.name])) continue;
    problems.push(
      problem(
        SUBMISSION_CODES.operationNotMapped,
        `${capability} is on, but none of its operations (${own.map((contract) => contract.name).join(", ")}) is mapped to a flow in Configure your integration: map one, or turn the capability off on the OIN app.`,
        ["operations", own[0].name],
      ),
    );
  }
  const broken = flowsWithErrors(context.validation);
  for (const [contract, flowName] of Object.entries(operations)) {
    const flow = context.flows.find((candidate) => candidate.name === flowName);
    const why = !flow
      ? "no longer exists"
      : flow.kind !== "action" || flow.contract !== contract
        ? `is not an action flow of ${contract}`
        : !flow.enabled
          ? "is OFF"
          : broken.has(flowName)
            ? "has validation errors"
            : undefined;
    if (why)
      problems.push(
        problem(SUBMISSION_CODES.mappedFlowNotReady, `The flow mapped to ${contract}, "${flowName}", ${why}.`, [
          "operations",
          contract,
        ]),
      );
  }
  return problems;
}

/** The support email and the test account (URL, username, password) the reviewers use. */
export function completenessProblems(configuration: IntegrationConfiguration): ProblemDetail[] {
  const missing: [string[], string][] = [
    [["supportEmail"], "a support email"],
    [["testAccount", "url"], "the test account's URL"],
    [["testAccount", "username"], "the test account's username"],
    [["testAccount", "password"], "the test account's password"],
  ];
  const value = (path: string[]) =>
    path.reduce<unknown>((at, key) => (at as Record<string, unknown>)[key], configuration);
  return missing
    .filter(([path]) => !value(path))
    .map(([path, what]) =>
      problem(SUBMISSION_CODES.configurationIncomplete, `Configure your integration: enter ${what}.`, path),
    );
}

/** A certification run that passed within the last 48 hours. */
export function certificationProblems(last: StoredCertification | undefined, now = Date.now()): ProblemDetail[] {
  const message = !last
    ? "Run the certification first: no certification run passed yet."
    : !last.ok
      ? `The last certification run (${last.startedAt}) failed: fix it and certify again.`
      : now - Date.parse(last.startedAt) > CERTIFICATION_VALID_MS
        ? `The last certification run (${last.startedAt}) is older than 48 hours: certify again.`
        : undefined;
  return message ? [problem(SUBMISSION_CODES.certification, message, ["certification"])] : [];
}
