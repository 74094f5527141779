"use client";
// Test run: inputs generated from the event card (with samples), a connection, "save all data"; the trace goes onto
// the canvas. Past executions can be re-run with their inputs.
import { useRights } from "@/app/components/Allowed";
import { useCallback, useEffect, useState } from "react";
import type { FieldSpec } from "@/lib/flow/model";
import type { RunResult } from "@/lib/engine/types";
import { typeLabel } from "./cards";
import { callApi, flowUrl } from "./api";
import { useEditor } from "./store";
import { flattenTrace } from "./trace";

function sample(field: FieldSpec): string {
  if (field.enum?.length) return field.enum[0];
  switch (field.type.type) {
    case "number":
      return "1";
    case "boolean":
      return "false";
    case "datetime":
      return new Date(0).toISOString();
    case "object":
      return "{}";
    case "list":
      return "[]";
    default:
      return `sample ${field.key}`;
  }
}

function parseInput(field: FieldSpec, text: string): unknown {
  switch (field.type.type) {
    case "number":
      return Number(text);
    case "boolean":
      return text === "true";
    case "object":
    case "list":
    case "any":
      try {
        return JSON.parse(text);
      } catch {
        if (field.type.type === "any") return text;
        throw new Error(`Input "${field.key}" is not valid JSON`);
      }
    default:
      return text;
  }
}

interface ExecutionSummary {
  id: string;
  status: string;
  startedAt: string;
  durationMs: number;
}

const inputText = (value: unknown) => (typeof value === "string" ? value : JSON.stringify(value));

export function RunDialog({ connections, onClose }: { connections: { id: string; name: string }[]; onClose(): void }) {
  const event = useEditor((state) => state.flow.event);
  const rights = useRights();
  const saveAllData = useEditor((state) => state.flow.saveAllData);
  const dirty = useEditor((state) => state.flow !== state.saved);
  const flowId = useEditor((state) => state.flowId);
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(event.inputs.map((field) => [field.key, sample(field)])),
  );
  const [connectionId, setConnectionId] = useState(connections[0]?.id ?? "");
  const [result, setResult] = useState<RunResult | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [running, setRunning] = useState(false);
  const [history, setHistory] = useState<ExecutionSummary[]>([]);

  const loadHistory = useCallback(async () => {
    const answer = await callApi<{ executions: ExecutionSummary[] }>("GET", `${flowUrl(flowId)}/executions`);
    if (answer.ok && Array.isArray(answer.body.executions)) setHistory(answer.body.executions);
  }, [flowId]);
  useEffect(() => void loadHistory(), [loadHistory]);

  // The list carries summaries; the inputs come with the execution itself.
  const takeInputsOf = async (executionId: string) => {
    const answer = await callApi<{ execution: { inputs: Record<string, unknown> } }>(
      "GET",
      `${flowUrl(flowId)}/executions/${encodeURIComponent(executionId)}`,
    );
    if (!answer.ok) return setMessage(answer.body.message ?? `Could not load the execution (${answer.status})`);
    setValues(
      Object.fromEntries(Object.entries(answer.body.execution.inputs).map(([key, value]) => [key, inputText(value)])),
    );
  };

  const run = async () => {
    setMessage(null);
    let inputs: Record<string, unknown>;
    try {
      inputs = Object.fromEntries(event.inputs.map((field) => [field.key, parseInput(field, values[field.key] ?? "")]));
    } catch (error) {
      return setMessage((error as Error).message);
    }
    setRunning(true);
    try {
      const answer = await callApi<RunResult>("POST", `${flowUrl(flowId)}/run`, {
        inputs,
        ...(connectionId ? { connectionId } : {}),
      });
      if (!answer.ok && !answer.body.trace) return setMessage(answer.body.message ?? `Run failed (${answer.status})`);
      setResult(answer.body);
      useEditor.getState().setTrace(flattenTrace(answer.body.trace ?? []));
      await loadHistory();
    } finally {
      setRunning(false);
    }
  };

  return (
    <div className="ed-dialog" role="dialog" aria-label="Test run" data-testid="run-dialog">
      <h3>Test run</h3>
      {dirty && (
        <p className="warning">The run uses the last saved version of this flow; save first to test your edits.</p>
      )}
      {event.inputs.map((field) => (
        <label key={field.key}>
          {field.label ?? field.key} <span className="ed-type">{typeLabel(field.type)}</span>
          <input
            aria-label={field.label ?? field.key}
            value={values[field.key] ?? ""}
            onChange={(changed) => setValues({ ...values, [field.key]: changed.target.value })}
          />
        </label>
      ))}
      <label>
        Connection
        <select
          aria-label="Connection"
          value={connectionId}
          onChange={(changed) => setConnectionId(changed.target.value)}
        >
          <option value="">— none —</option>
          {connections.map((connection) => (
            <option key={connection.id} value={connection.id}>
              {connection.name}
            </option>
          ))}
        </select>
      </label>
      <label className="ed-check">
        <input
          type="checkbox"
          checked={saveAllData}
          onChange={(changed) =>
            useEditor.getState().apply((flow) => ({ ...flow, saveAllData: changed.target.checked }))
          }
        />{" "}
        Save all data that passes through the flow
      </label>
      <div className="ed-actions">
        <button
          type="button"
          className="primary"
          onClick={run}
          {...rights("POST /api/flows/[flowId]/run", { disabled: running })}
          data-testid="run-start"
        >
          {running ? "Running…" : "Run"}
        </button>
        <button type="button" onClick={onClose}>
          Close
        </button>
        <button type="button" onClick={() => useEditor.getState().setTrace(null)}>
          Clear trace
        </button>
      </div>
      {message && <p className="error">{message}</p>}
      {result && (
        <div data-testid="run-result">
          <p className={result.ok ? "" : "error"}>
            {result.ok ? "Succeeded" : `Failed: ${result.error?.message ?? ""}`} in {result.durationMs} ms
          </p>
          <pre>{JSON.stringify(result.outputs, null, 2)}</pre>
        </div>
      )}
      {history.length > 0 && (
        <>
          <h4>Executions</h4>
          <ul className="ed-history" data-testid="executions">
            {history.map((execution) => (
              <li key={execution.id}>
                {new Date(execution.startedAt).toLocaleString()} · {execution.status} · {execution.durationMs} ms{" "}
                <button type="button" className="ed-small" onClick={() => void takeInputsOf(execution.id)}>
                  Use inputs
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
