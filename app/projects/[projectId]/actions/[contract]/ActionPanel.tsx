"use client";
// One action: its Flows tab (action flows; + New Flow from the contract) and its Test Folder (test flows calling an
// action flow with sample inputs, edited as a form or as JSON; run one or all, each result judged: PASSED, or FAILED
// with why — the API's own message when the action answered executionStatus FAILED).
import { useRights } from "@/app/components/Allowed";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { callApi, type StoredFlowAnswer } from "@/app/canvas/api";
import { FLOWS_CHANGED } from "@/app/components/flow-toggle";
import { FlowOnOffCell } from "@/app/components/FlowOnOffCell";
import { Problems } from "@/app/components/Problems";
import { SchemaForm } from "@/app/components/SchemaForm";
import { describeLocation, type ProblemDetail } from "@/lib/errors";
import type { FlowSummary } from "@/lib/flows/summary";
import type { ProjectActionView } from "@/lib/project-actions/model";
import { RUN_SUFFIX } from "@/lib/samples/run-suffix";
import type { TestOutcome } from "@/lib/project-actions/test-case";

interface Props {
  projectId: string;
  action: ProjectActionView;
  tab: "flows" | "tests";
  connections: { id: string; name: string }[];
  /** Inputs sampled from the contract's input schema: what a new test flow calls the action with. */
  sampleInputs: Record<string, unknown>;
  /** The contract's input schema: the form's fields. */
  inputSchema: Record<string, unknown>;
}

type InputView = "form" | "json";

export function ActionPanel({ projectId, action, tab, connections, sampleInputs, inputSchema }: Props) {
  const rights = useRights();
  const router = useRouter();
  const base = `/projects/${encodeURIComponent(projectId)}`;
  const here = `${base}/actions/${encodeURIComponent(action.contract)}`;
  const [message, setMessage] = useState<string>();
  const [connectionId, setConnectionId] = useState(connections[0]?.id ?? "");
  const [results, setResults] = useState<TestOutcome[]>([]);
  const [testing, setTesting] = useState<string>();
  const [actionFlowId, setActionFlowId] = useState(action.flows[0]?.id ?? "");
  const [inputs, setInputs] = useState(sampleInputs);
  const [inputView, setInputView] = useState<InputView>("form");
  const [json, setJson] = useState("");
  const [problems, setProblems] = useState<ProblemDetail[]>([]);

  useEffect(() => {
    const reload = () => router.refresh();
    window.addEventListener(FLOWS_CHANGED, reload);
    return () => window.removeEventListener(FLOWS_CHANGED, reload);
  }, [router]);

  /** The inputs as edited: the form's value, or the JSON view's text read (a problem at "" when unreadable). */
  const currentInputs = (): Record<string, unknown> | undefined => {
    if (inputView === "form") return inputs;
    try {
      return JSON.parse(json);
    } catch (error) {
      setProblems([{ message: `The JSON cannot be read: ${(error as Error).message}`, location: { pointer: "" } }]);
      return undefined;
    }
  };

  const showInputs = (view: InputView) => {
    if (view === inputView) return;
    const current = currentInputs();
    if (!current) return;
    setProblems([]);
    if (view === "json") setJson(JSON.stringify(current, null, 2));
    else setInputs(current);
    setInputView(view);
  };

  const newTest = async () => {
    const parsed = currentInputs();
    if (!parsed) return;
    setProblems([]);
    const answer = await callApi<StoredFlowAnswer & { errors?: ProblemDetail[] }>(
      "POST",
      `/api/flows/${encodeURIComponent(actionFlowId)}/tests`,
      { inputs: parsed },
    );
    if (!answer.ok) {
      setProblems(answer.body.errors ?? []);
      return setMessage(answer.body.message ?? "Could not create the test flow");
    }
    window.dispatchEvent(new Event(FLOWS_CHANGED));
    router.push(`${base}/flows/${encodeURIComponent(answer.body.flow.id)}`);
  };

  const run = async (label: string, url: string) => {
    setTesting(label);
    setMessage(undefined);
    const answer = await callApi<TestOutcome & { results?: TestOutcome[] }>("POST", url, {
      contract: action.contract,
      ...(connectionId ? { connectionId } : {}),
    });
    setTesting(undefined);
    if (!answer.ok) return setMessage(answer.body.message ?? "The test could not run");
    setResults(answer.body.results ?? [answer.body]);
  };

  const flowRow = (flow: FlowSummary) => (
    <tr key={flow.id} data-testid={`action-flow-${flow.name}`}>
      <FlowOnOffCell flow={flow} onProblem={setMessage} />
      <td>
        <Link href={`${base}/flows/${encodeURIComponent(flow.id)}`}>{flow.name}</Link>
      </td>
      {tab === "tests" && (
        <td>
          <button
            type="button"
            className="ed-small"
            {...rights("POST /api/flows/[flowId]/test-run", { disabled: testing !== undefined })}
            onClick={() => run(flow.name, `/api/flows/${encodeURIComponent(flow.id)}/test-run`)}
            aria-label={`Run ${flow.name}`}
          >
            Run
          </button>
        </td>
      )}
    </tr>
  );

  return (
    <section className="flows-panel" data-testid="action-panel">
      <h2>{action.contract}</h2>
      <nav aria-label="Action" className="tabs">
        <Link href={here} className="tab" aria-current={tab === "flows" ? "page" : undefined}>
          Flows
        </Link>
        <Link href={`${here}?tab=tests`} className="tab" aria-current={tab === "tests" ? "page" : undefined}>
          Test Folder
        </Link>
      </nav>
      {message && (
        <p className="ed-note" role="status">
          {message}
        </p>
      )}
      {tab === "flows" ? (
        <>
          <div className="ed-actions">
            <Link className="primary button" href={`${base}/flows?new&contract=${encodeURIComponent(action.contract)}`}>
              + New Flow
            </Link>
          </div>
          <table>
            <tbody>{action.flows.map(flowRow)}</tbody>
          </table>
          {action.flows.length === 0 && <p className="muted">No action flows yet.</p>}
        </>
      ) : (
        <>
          <div className="ed-actions">
            <label>
              Action flow to test{" "}
              <select value={actionFlowId} onChange={(event) => setActionFlowId(event.target.value)}>
                {action.flows.map((flow) => (
                  <option key={flow.id} value={flow.id}>
                    {flow.name}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              className="primary"
              {...rights("POST /api/flows/[flowId]/tests", { disabled: !actionFlowId })}
              onClick={newTest}
            >
              + New Flow
            </button>
          </div>
          <section className="ed-block" aria-label="Inputs of a new test">
            <p className="muted">
              Test inputs, sampled from the contract: edit them here, or later on the test flow's Call Flow card.{" "}
              <code>{RUN_SUFFIX}</code> in a value becomes a new suffix on every run, so the test can run again; a value
              without it is sent as it is.
            </p>
            <div className="tabs">
              {(["form", "json"] as const).map((view) => (
                <button
                  key={view}
                  type="button"
                  className="ed-small"
                  aria-pressed={inputView === view}
                  onClick={() => showInputs(view)}
                >
                  {view === "form" ? "Form" : "JSON"}
                </button>
              ))}
            </div>
            <Problems title="The test inputs have problems" problems={problems} />
            {inputView === "form" ? (
              <SchemaForm
                label="Test inputs"
                schema={inputSchema}
                value={inputs}
                onChange={setInputs}
                problems={problems}
              />
            ) : (
              <textarea
                aria-label="Test inputs"
                rows={12}
                spellCheck={false}
                value={json}
                onChange={(event) => setJson(event.target.value)}
              />
            )}
          </section>
          <div className="ed-actions">
            <label>
              Connection{" "}
              <select value={connectionId} onChange={(event) => setConnectionId(event.target.value)}>
                <option value="">none</option>
                {connections.map((connection) => (
                  <option key={connection.id} value={connection.id}>
                    {connection.name}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              {...rights("POST /api/projects/[projectId]/actions/tests", {
                disabled: testing !== undefined || action.tests.length === 0,
              })}
              onClick={() => run("all", `/api${base}/actions/tests`)}
            >
              Run all
            </button>
          </div>
          <table>
            <tbody>{action.tests.map(flowRow)}</tbody>
          </table>
          {action.tests.length === 0 && <p className="muted">No test flows yet.</p>}
          {testing && <p className="muted">Running {testing}…</p>}
          <ul className="test-results" aria-label="Test results">
            {results.map((result) => (
              <li key={result.executionId} data-testid={`test-result-${result.testFlow}`}>
                <strong className={result.passed ? "ok" : "error"}>{result.passed ? "PASSED" : "FAILED"}</strong>{" "}
                {result.testFlow}:{" "}
                {result.passed
                  ? `the outputs of ${result.actionFlow} conform to ${result.contract}`
                  : result.run.ok
                    ? (result.failure?.message ?? "the outputs break the contract")
                    : `the run failed: ${result.failure?.message ?? "unknown error"}`}
                {result.violations.length > 0 && (
                  <ul>
                    {result.violations.map((violation) => (
                      <li key={`${violation.location?.pointer}:${violation.message}`}>
                        <code>{describeLocation(violation.location)}</code> {violation.message}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
