"use client";
// Validate flows (grouped by flow, each diagnostic a link to its card and field on the canvas), the Certify section
// (a connection, a run, its report) and Continue submission in OIN, enabled once validation found no error: the OIN
// app's page configures the integration and submits it.
import { CodeText } from "@/app/components/CodeText";
import { useRights } from "@/app/components/Allowed";
import Link from "next/link";
import { useCallback, useEffect, useState } from "react";
import { callApi, problemsOf } from "@/app/components/api";
import { Problems } from "@/app/components/Problems";
import type { StoredCertification } from "@/lib/certify/report";
import type { ProblemDetail } from "@/lib/errors";
import type { Diagnostic } from "@/lib/validator/model";

interface Named {
  id: string;
  name: string;
}

interface Report {
  ok: boolean;
  errors: Diagnostic[];
}

const PROJECT_GROUP = "Project";

function groupByFlow(diagnostics: Diagnostic[]): [string, Diagnostic[]][] {
  const groups = new Map<string, Diagnostic[]>();
  for (const diagnostic of diagnostics) {
    const key = diagnostic.flow ?? PROJECT_GROUP;
    groups.set(key, [...(groups.get(key) ?? []), diagnostic]);
  }
  return [...groups];
}

function count(diagnostics: Diagnostic[], severity: string) {
  return diagnostics.filter((diagnostic) => diagnostic.severity === severity).length;
}

function canvasLink(projectId: string, flowId: string, diagnostic: Diagnostic): string {
  const query = new URLSearchParams();
  if (diagnostic.card) query.set("card", diagnostic.card);
  if (diagnostic.field) query.set("field", diagnostic.field);
  const suffix = query.size ? `?${query}` : "";
  return `/projects/${projectId}/flows/${flowId}${suffix}`;
}

export function ValidateTab({
  projectId,
  oinAppId,
  flows,
  connections,
}: {
  projectId: string;
  /** The linked OIN app, where the submission continues. */
  oinAppId?: string;
  flows: Named[];
  connections: Named[];
}) {
  const [report, setReport] = useState<Report>();
  const [validating, setValidating] = useState(false);
  const [problems, setProblems] = useState<ProblemDetail[]>([]);
  const flowIds = new Map(flows.map((flow) => [flow.name, flow.id]));

  const validate = useCallback(async () => {
    setValidating(true);
    setProblems([]);
    try {
      setReport(await callApi<Report>(`/api/projects/${projectId}/validate`, { method: "POST" }));
    } catch (error) {
      setProblems(problemsOf(error).problems);
    } finally {
      setValidating(false);
    }
  }, [projectId]);

  const errors = report ? count(report.errors, "error") : 0;
  return (
    <section className="validate-tab">
      <h2>Validate flows</h2>
      <p>Every validation rule over the project's ON flows and the project.</p>
      <button type="button" className="primary" onClick={validate} disabled={validating}>
        {validating ? "Validating…" : report ? "Validate again" : "Validate flows"}
      </button>
      <Problems title="Validation could not run" problems={problems} />
      {report && (
        <div data-testid="validation-report">
          <p role="status">
            {report.errors.length
              ? `${errors} error(s), ${report.errors.length - errors} warning(s)`
              : "No problems found: every rule passes."}
          </p>
          {groupByFlow(report.errors).map(([flow, diagnostics]) => (
            <div key={flow} className="validate-group" data-testid={`flow-diagnostics-${flow}`}>
              <h3>
                {flow}{" "}
                <small>
                  {count(diagnostics, "error")} error(s), {count(diagnostics, "warning")} warning(s)
                </small>
              </h3>
              <ul>
                {diagnostics.map((diagnostic, index) => {
                  const flowId = diagnostic.flow ? flowIds.get(diagnostic.flow) : undefined;
                  const text = diagnostic.message;
                  return (
                    <li key={`${diagnostic.code}-${index}`} className={`diagnostic ${diagnostic.severity}`}>
                      <span className="severity">{diagnostic.severity}</span> <CodeText text={diagnostic.code} />{" "}
                      {flowId ? <Link href={canvasLink(projectId, flowId, diagnostic)}>{text}</Link> : text}
                    </li>
                  );
                })}
              </ul>
            </div>
          ))}
        </div>
      )}
      <Certify projectId={projectId} connections={connections} />
      <h2>Submit</h2>
      <p>
        <a href={`/api/projects/${projectId}/submission-package`} download>
          Download submission package
        </a>{" "}
        (the bundle without secrets, the validation report and the last certification report)
      </p>
      {report && errors === 0 && oinAppId ? (
        <Link className="button primary" href={`/oin-apps/${oinAppId}#configure-integration`}>
          Continue submission in OIN
        </Link>
      ) : (
        <>
          <button type="button" className="primary" disabled>
            Continue submission in OIN
          </button>
          <p className="hint">
            {oinAppId
              ? "Validate the flows with no error first."
              : "Link the project to an OIN app first (General tab)."}
          </p>
        </>
      )}
    </section>
  );
}

function Certify({ projectId, connections }: { projectId: string; connections: Named[] }) {
  const rights = useRights();
  const [connectionId, setConnectionId] = useState(connections[0]?.id ?? "");
  const [last, setLast] = useState<StoredCertification>();
  const [running, setRunning] = useState(false);
  const [problems, setProblems] = useState<ProblemDetail[]>([]);
  const url = `/api/projects/${projectId}/certify`;

  useEffect(() => {
    callApi<StoredCertification[]>(url)
      .then((reports) => setLast(reports[0]))
      .catch((error) => setProblems(problemsOf(error).problems));
  }, [url]);

  const run = async () => {
    setRunning(true);
    setProblems([]);
    try {
      setLast(await callApi<StoredCertification>(url, { json: { connectionId } }));
    } catch (error) {
      setProblems(problemsOf(error).problems);
    } finally {
      setRunning(false);
    }
  };

  return (
    <section className="certify">
      <h2>Certify</h2>
      <p>Runs the platform's test plan over the ON action flows against the live API, then removes what it created.</p>
      <label>
        Connection{" "}
        <select value={connectionId} onChange={(event) => setConnectionId(event.target.value)}>
          {connections.map((connection) => (
            <option key={connection.id} value={connection.id}>
              {connection.name}
            </option>
          ))}
        </select>
      </label>{" "}
      <button
        type="button"
        {...rights("POST /api/projects/[projectId]/certify", { disabled: running || !connectionId })}
        onClick={run}
      >
        {running ? "Certifying…" : "Run certification"}
      </button>
      <Problems title="Certification could not run" problems={problems} />
      {last && (
        <div data-testid="certification-report">
          <p role="status">
            {last.ok ? "Certification passed" : "Certification failed"} ({new Date(last.startedAt).toLocaleString()},{" "}
            {last.durationMs} ms)
          </p>
          <table>
            <thead>
              <tr>
                <th>Case</th>
                <th>Result</th>
                <th>Duration</th>
                <th>Message</th>
              </tr>
            </thead>
            <tbody>
              {last.cases.map((entry) => (
                <tr key={entry.id} data-testid={`case-${entry.id}`}>
                  <td>{entry.title}</td>
                  <td>{entry.result.replace("_", " ")}</td>
                  <td>{entry.durationMs} ms</td>
                  <td>
                    {entry.message}
                    {entry.calls.length > 0 && (
                      <details>
                        <summary>Trace of {entry.calls.length} call(s)</summary>
                        {entry.calls.map((call, index) => (
                          <div key={`${call.flow}-${index}`}>
                            <strong>
                              {call.flow} ({call.durationMs} ms)
                            </strong>
                            <pre>
                              {JSON.stringify(
                                { inputs: call.inputs, outputs: call.outputs, trace: call.trace },
                                null,
                                2,
                              )}
                            </pre>
                          </div>
                        ))}
                      </details>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {last.cleanup.length > 0 && (
            <ul aria-label="Cleanup">
              {last.cleanup.map((entry) => (
                <li key={entry.what}>
                  {entry.what}: {entry.ok ? entry.message : `not ${entry.action} (${entry.message})`}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
