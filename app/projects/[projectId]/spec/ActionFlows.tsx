"use client";
// API Spec > Generate action flows: the plan for every contract, a runner-up chosen where the pick is wrong,
// and the chosen contracts' flows drafted under Actions (edited flows are kept).
import { FLOWS_CHANGED } from "@/app/components/flow-toggle";
import { useRights } from "@/app/components/Allowed";
import Link from "next/link";
import { useCallback, useEffect, useState } from "react";
import { callApi, problemsOf } from "@/app/components/api";
import { Loading } from "@/app/components/Loading";
import { Problems } from "@/app/components/Problems";
import type { ActionGenerationResult, ProjectActionPlan } from "@/lib/actions/model";
import type { PlannedAction, PlannedOperation } from "@/lib/actions/plan";
import type { ProblemDetail } from "@/lib/errors";

const key = (operation: PlannedOperation) => `${operation.method} ${operation.path}`;
const label = (operation: PlannedOperation) => `${operation.method.toUpperCase()} ${operation.path}`;

export function ActionFlowsSection({ projectId }: { projectId: string }) {
  const rights = useRights();
  const base = `/api/projects/${projectId}/actions`;
  const [plan, setPlan] = useState<ProjectActionPlan | null>(null);
  const [problems, setProblems] = useState<ProblemDetail[]>([]);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ActionGenerationResult | null>(null);

  const load = useCallback(
    () =>
      callApi<ProjectActionPlan>(`${base}/plan`, { json: {} }).then(
        (loaded) => {
          setPlan(loaded);
          setSelected(
            new Set([
              ...loaded.actions.filter((action) => action.operation).map((action) => action.contract),
              ...loaded.withoutOperation.map((draft) => draft.contract),
            ]),
          );
          setChosen(
            Object.fromEntries(
              loaded.actions.map((action) => [action.contract, action.operation ? key(action.operation) : ""]),
            ),
          );
        },
        (error) => setProblems(problemsOf(error).problems),
      ),
    [base],
  );
  useEffect(() => {
    load();
  }, [load]);

  function toggle(contract: string, on: boolean) {
    const next = new Set(selected);
    if (on) next.add(contract);
    else next.delete(contract);
    setSelected(next);
  }

  async function generate() {
    if (!plan) return;
    setBusy(true);
    setProblems([]);
    const contracts = plan.actions.map((action) => action.contract).filter((name) => selected.has(name));
    const choices: Record<string, PlannedOperation> = {};
    for (const action of plan.actions) {
      const value = chosen[action.contract];
      if (!selected.has(action.contract) || !value || (action.operation && value === key(action.operation))) continue;
      const [method, ...path] = value.split(" ");
      choices[action.contract] = { method, path: path.join(" ") } as PlannedOperation;
    }
    try {
      setResult(await callApi<ActionGenerationResult>(`${base}/generate`, { json: { contracts, choices } }));
      // The project panel's flow tree shows the drafted flows at once.
      window.dispatchEvent(new Event(FLOWS_CHANGED));
    } catch (error) {
      setProblems(problemsOf(error).problems);
    } finally {
      setBusy(false);
    }
  }

  const ready = plan !== null && !busy;
  return (
    <section className="card" aria-labelledby="action-flows-heading">
      <div className="section-heading">
        <h2 id="action-flows-heading">Generate action flows</h2>
        <span className="muted">
          One draft per contract, under Actions; pick another operation where the plan is wrong. Edited flows are kept.
        </span>
      </div>
      <Problems title="Action flows were not generated" problems={problems} />
      {!plan && !problems.length && <Loading what="the action plan" />}
      {plan && (
        <>
          <p className="muted">{plan.summary}</p>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Generate</th>
                <th scope="col">Contract</th>
                <th scope="col">Operation</th>
                <th scope="col">Confidence</th>
                <th scope="col">Why</th>
              </tr>
            </thead>
            <tbody>
              {plan.actions.map((action) => (
                <PlanRow
                  key={action.contract}
                  action={action}
                  disabled={!ready}
                  selected={selected.has(action.contract)}
                  withoutOperation={plan.withoutOperation.find((draft) => draft.contract === action.contract)?.why}
                  value={chosen[action.contract] ?? ""}
                  onSelect={(on) => toggle(action.contract, on)}
                  onChoose={(value) => setChosen({ ...chosen, [action.contract]: value })}
                />
              ))}
            </tbody>
          </table>
        </>
      )}
      <button
        type="button"
        className="primary"
        {...rights("POST /api/projects/[projectId]/actions/generate", { disabled: !ready || selected.size === 0 })}
        onClick={generate}
      >
        {busy ? "Generating…" : "Generate"}
      </button>
      {result && <Outcomes projectId={projectId} result={result} />}
    </section>
  );
}

type RowProps = {
  action: PlannedAction;
  disabled: boolean;
  selected: boolean;
  value: string;
  /** Drafted with no operation of its own: what the draft does instead. */
  withoutOperation?: string;
  onSelect: (on: boolean) => void;
  onChoose: (value: string) => void;
};

function PlanRow({ action, disabled, selected, value, withoutOperation, onSelect, onChoose }: RowProps) {
  const options = [
    ...(action.operation ? [{ ...action.operation, score: action.confidence, why: action.why }] : []),
    ...action.candidates,
  ];
  const usable = (options.length > 0 && value !== "") || withoutOperation !== undefined;
  return (
    <tr data-testid={`plan-${action.contract}`}>
      <td>
        <input
          type="checkbox"
          aria-label={`Generate ${action.contract}`}
          checked={selected && usable}
          disabled={disabled || !usable}
          onChange={(event) => onSelect(event.target.checked)}
        />
      </td>
      <td>{action.contract}</td>
      <td>
        {options.length === 0 ? (
          <span className="muted">{withoutOperation ? "none needed" : "none in this API"}</span>
        ) : (
          <select
            aria-label={`Operation for ${action.contract}`}
            value={value}
            disabled={disabled}
            onChange={(event) => {
              onChoose(event.target.value);
              if (event.target.value) onSelect(true);
            }}
          >
            {!action.operation && <option value="">none chosen</option>}
            {options.map((option) => (
              <option key={key(option)} value={key(option)} title={option.why}>
                {label(option)} ({option.score.toFixed(2)}
                {action.operation && key(option) === key(action.operation) ? ", planned" : ""})
              </option>
            ))}
          </select>
        )}
      </td>
      <td>{action.operation ? action.confidence.toFixed(2) : "—"}</td>
      <td className="muted small-text">
        {options.find((option) => key(option) === value)?.why ?? withoutOperation ?? action.why}
      </td>
    </tr>
  );
}

function Outcomes({ projectId, result }: { projectId: string; result: ActionGenerationResult }) {
  return (
    <div role="status" data-testid="action-generation-result">
      <ul className="plain">
        {result.flows.map((flow) => (
          <li key={flow.name}>
            <strong>{flow.action}</strong>{" "}
            <Link href={`/projects/${projectId}/flows/${encodeURIComponent(flow.flowId)}`}>{flow.name}</Link>
            {flow.reason && <span className="muted"> — {flow.reason}</span>}
          </li>
        ))}
        {result.notDrafted.map((entry) => (
          <li key={entry.contract} className="muted">
            not drafted <code>{entry.contract}</code> — {entry.reason}
          </li>
        ))}
      </ul>
    </div>
  );
}
