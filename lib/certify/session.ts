// One certification run's state: the flows and connection it drives, the records it created (to clean up), and the
// calls of the case running now. Every call runs an ON action flow by its contract and checks the output against the
// contract's output schema.
import { randomBytes } from "node:crypto";
import type { ResolvedConnection } from "../connections/model";
import { findContract } from "../contracts/catalog";
import { runFlow } from "../engine/run";
import type { Flow } from "../flow/model";
import { createHttpClient } from "../http/client";
import type { HttpClient } from "../http/types";
import type { RunLog } from "../project-log/run-log";
import { validatorFor } from "../validation/ajv";
import { ajvProblems } from "../validation/problems";
import { checkBeforeRun } from "../validator/pre-run";
import { CaseFailure, CaseNotApplicable } from "./model";
import type { CleanupReport, CaseCall } from "./report";

/** What a certification run drives: the project's flows and one resolved connection. */
export interface CertifyTarget {
  flows: readonly Flow[];
  connection: ResolvedConnection;
  /** A stored project's run log: each flow run and each HTTP call is a line, as for any stored run. */
  runLog?: RunLog;
}

export interface ExecutionError {
  code?: string;
  summary?: string;
  type?: string;
  httpStatusCode?: number;
}

export interface ActionOutputs extends Record<string, unknown> {
  executionStatus: { status: string; errors?: ExecutionError[] };
}

interface CreatedRecord {
  what: string;
  action: CleanupReport["action"];
  /** Removes it, saying what it did. */
  undo(): Promise<string>;
}

/** Each call gets the engine's default bounds but a shorter wall time: a certification run is interactive. */
const CALL_WALL_TIME_MS = 15_000;

/** A copy of the connection whose every secret is replaced by a random value (not derived from the real one). */
function withWrongSecrets(connection: ResolvedConnection): ResolvedConnection | undefined {
  const secrets = new Set(connection.secretValues);
  const replacements = new Map<string, string>();
  const replace = (value: string) => {
    if (!secrets.has(value)) return value;
    const wrong = replacements.get(value) ?? `wrong${randomBytes(12).toString("hex")}`;
    replacements.set(value, wrong);
    return wrong;
  };
  const mapValues = (values: Record<string, string>) =>
    Object.fromEntries(Object.entries(values).map(([key, value]) => [key, replace(value)]));
  const altered: ResolvedConnection = {
    ...connection,
    auth: { ...connection.auth, values: mapValues(connection.auth.values) },
    sentParameters: connection.sentParameters.map((parameter) => ({ ...parameter, value: replace(parameter.value) })),
    parameters: mapValues(connection.parameters),
    onTokens: undefined,
    onTokensRejected: undefined,
  };
  if (!replacements.size) return undefined;
  altered.secretValues = [...connection.secretValues, ...replacements.values()];
  return altered;
}

export class CertifySession {
  /** Unique per run, so test data never collides with a previous run's leftovers. */
  readonly suffix = randomBytes(4).toString("hex");
  /** The user Create User made, once it did. */
  createdUser?: { id: string; userName: string };
  createdGroup?: { id: string; displayName: string };
  calls: CaseCall[] = [];
  private readonly records: CreatedRecord[] = [];
  private readonly checked = new Set<string>();
  private readonly http: HttpClient;
  /** The client over a copy of the connection with wrong secrets: made on first use, null without a secret. */
  private wrong?: { http: HttpClient; connection: ResolvedConnection } | null;

  constructor(private readonly target: CertifyTarget) {
    this.http = this.logged(createHttpClient(target.connection));
  }

  private logged(client: HttpClient): HttpClient {
    return this.target.runLog ? this.target.runLog.watch(client) : client;
  }

  /** The ON action flow implementing a contract, if the project has one. */
  flowFor(contract: string): Flow | undefined {
    return this.target.flows.find((flow) => flow.enabled && flow.kind === "action" && flow.event.contract === contract);
  }

  has(contract: string): boolean {
    return this.flowFor(contract) !== undefined;
  }

  /** Whether the connection has a secret a wrong copy can replace. */
  hasSecret(): boolean {
    return this.wrongSecretClient() !== null;
  }

  private wrongSecretClient() {
    if (this.wrong === undefined) {
      const connection = withWrongSecrets(this.target.connection);
      this.wrong = connection ? { http: this.logged(createHttpClient(connection)), connection } : null;
    }
    return this.wrong;
  }

  /**
   * Runs the contract's flow with these inputs (through a copy of the connection with a wrong secret when asked),
   * fails when the flow errors or its output breaks the contract's output schema, and returns the output.
   */
  async call(
    contract: string,
    inputs: Record<string, unknown>,
    options: { wrongSecret?: boolean } = {},
  ): Promise<ActionOutputs> {
    const flow = this.flowFor(contract);
    if (!flow) throw new CaseFailure(`The project has no ON action flow for "${contract}".`);
    const loadFlow = async (name: string) => this.target.flows.find((candidate) => candidate.name === name);
    if (!this.checked.has(flow.name)) {
      await checkBeforeRun(flow, loadFlow);
      this.checked.add(flow.name);
    }
    const wrong = options.wrongSecret ? this.wrongSecretClient() : undefined;
    if (wrong === null) throw new CaseNotApplicable("The connection has no secret to alter.");
    const connection = wrong?.connection ?? this.target.connection;
    this.target.runLog?.started(flow.name);
    const result = await runFlow({
      flow,
      inputs,
      loadFlow,
      http: wrong?.http ?? this.http,
      context: {
        parameters: connection.parameters,
        tenantVariables: connection.tenantVariables,
        secretValues: connection.secretValues,
      },
      limits: { wallTimeMs: CALL_WALL_TIME_MS },
    });
    this.target.runLog?.finished(flow.name, result);
    this.calls.push({
      flow: flow.name,
      inputs: result.inputs,
      outputs: result.outputs,
      trace: result.trace,
      durationMs: result.durationMs,
    });
    if (!result.ok) {
      const where = result.error?.card ? ` at card "${result.error.card}"` : "";
      throw new CaseFailure(`"${flow.name}" stopped with an error${where}: ${result.error?.message ?? "unknown"}`);
    }
    const validate = validatorFor(findContract(contract)!.output);
    if (!validate(result.outputs)) {
      const problems = ajvProblems(validate.errors ?? []).map(
        (problem) => `${problem.location?.pointer || "/"} ${problem.message}`,
      );
      throw new CaseFailure(`"${flow.name}" returned an output outside its contract: ${problems.join("; ")}`);
    }
    return result.outputs as ActionOutputs;
  }

  /** Like `call`, and the flow must report SUCCEEDED. */
  async succeed(contract: string, inputs: Record<string, unknown>): Promise<ActionOutputs> {
    const outputs = await this.call(contract, inputs);
    if (outputs.executionStatus.status !== "SUCCEEDED")
      throw new CaseFailure(`"${contract}" returned ${outputs.executionStatus.status}: ${describeErrors(outputs)}`);
    return outputs;
  }

  /** Remembers how to remove what a case created; the run undoes them in reverse order at the end. */
  created(what: string, action: CleanupReport["action"], undo: () => Promise<string>) {
    this.records.push({ what, action, undo });
  }

  async cleanUp(): Promise<CleanupReport[]> {
    const reports: CleanupReport[] = [];
    for (const record of [...this.records].reverse()) {
      this.calls = [];
      try {
        const message = await record.undo();
        reports.push({ what: record.what, action: record.action, ok: true, message });
      } catch (error) {
        reports.push({ what: record.what, action: record.action, ok: false, message: (error as Error).message });
      }
    }
    return reports;
  }
}

export function describeErrors(outputs: ActionOutputs): string {
  const errors = outputs.executionStatus.errors ?? [];
  if (!errors.length) return "no errors given";
  return errors
    .map((error) =>
      [error.type, error.httpStatusCode && `HTTP ${error.httpStatusCode}`, error.summary].filter(Boolean).join(" "),
    )
    .join("; ");
}
