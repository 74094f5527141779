// `ib submission show FILE [--json]`: reads a downloaded submission package back — the project, its flows, the
// validation report, the last certification run and the OIN app's configuration (no password). `ib submission submit PROJECT_ID --certified`: Submit integration.
import { parseSubmissionPackage } from "../../submission/package";
import { submitIntegration } from "../../submission/submit";
import { defineCommand } from "../command";
import { readJsonFile } from "../files";

export const submissionShow = defineCommand({
  name: "submission show",
  usage: "FILE",
  positionals: 1,
  async run({ positionals: [file] }) {
    const submission = parseSubmissionPackage(await readJsonFile(file), file);
    const { bundle, validation, certification, configuration } = submission;
    const errors = validation.errors.filter((entry) => entry.severity === "error").length;
    const cases = certification?.cases ?? [];
    const count = (result: string) => cases.filter((entry) => entry.result === result).length;
    const lines = [
      `${bundle.project.name}: ${bundle.flows.length} flow(s), packaged ${submission.createdAt}`,
      `validation: ${validation.ok ? "passed" : "failed"} (${errors} error(s), ${validation.errors.length - errors} warning(s))`,
      certification
        ? `certification: ${certification.ok ? "passed" : "failed"} on ${certification.startedAt} (${count("passed")} passed, ${count("failed")} failed, ${count("not_applicable")} not applicable)`
        : "certification: never run",
      ...cases.map((entry) => `  ${entry.result.padEnd(14)} ${entry.title}: ${entry.message}`),
      ...(configuration
        ? [
            `configuration: support ${configuration.supportEmail || "-"}, test account ${configuration.testAccount.username || "-"} at ${configuration.testAccount.url || "-"}`,
            ...Object.entries(configuration.operations).map(([contract, flow]) => `  ${contract} = ${flow}`),
          ]
        : ["configuration: none (no OIN app linked)"]),
    ];
    return {
      result: {
        project: bundle.project,
        flows: bundle.flows.map((flow) => ({ name: flow.name, kind: flow.kind, enabled: flow.enabled })),
        createdAt: submission.createdAt,
        validation,
        certification: certification && {
          ok: certification.ok,
          startedAt: certification.startedAt,
          cases: cases.map(({ id, title, result, message }) => ({ id, title, result, message })),
        },
        configuration,
      },
      text: lines.join("\n"),
    };
  },
});

type Submitted = Awaited<ReturnType<typeof submitIntegration>>;

const submittedOutput = (result: Submitted) => ({
  result,
  text: `Submitted: the OIN app is now "${result.status}".`,
});

export const submissionSubmit = defineCommand({
  name: "submission submit",
  usage: "PROJECT_ID --certified",
  options: { certified: { type: "boolean" } },
  positionals: 1,
  run: async ({ values, positionals: [projectId] }) =>
    submittedOutput(await submitIntegration(projectId, { certified: values.certified === true })),
  route: {
    call: ({ values, positionals: [projectId] }) => ({
      params: { projectId },
      body: () => ({ certified: values.certified === true }),
    }),
    output: (answer) => submittedOutput(answer.json as Submitted),
  },
});
