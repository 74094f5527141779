"use client";
// API Spec > Core flows: generate HTTP Helper first, then Authping and Custom API Action, into the Shared Folder.
import { FLOWS_CHANGED } from "@/app/components/flow-toggle";
import { useRights } from "@/app/components/Allowed";
import { useCallback, useEffect, useRef, useState } from "react";
import { callApi, problemsOf } from "@/app/components/api";
import { Loading } from "@/app/components/Loading";
import { Problems } from "@/app/components/Problems";
import type { ProblemDetail } from "@/lib/errors";
import type { CoreFlowId } from "@/lib/generate/context";
import type { PingOperation } from "@/lib/generate/ping";
import type { EditedDecision } from "@/lib/generate/plan";
import type { GenerationOutcome, CoreFlowsPreview } from "@/lib/generate/model";

const pingLabel = (ping: Pick<PingOperation, "path" | "query">) => {
  const query = new URLSearchParams(ping.query).toString();
  return `GET ${ping.path}${query ? `?${query}` : ""}`;
};

export function CoreFlowsSection({ projectId }: { projectId: string }) {
  const rights = useRights();
  const base = `/api/projects/${projectId}/core-flows`;
  const dialog = useRef<HTMLDialogElement>(null);
  const [status, setStatus] = useState<CoreFlowsPreview | null>(null);
  const [problems, setProblems] = useState<ProblemDetail[]>([]);
  const [target, setTarget] = useState<CoreFlowId | null>(null);
  const [outcomes, setOutcomes] = useState<GenerationOutcome[] | null>(null);

  const refresh = useCallback(
    () => callApi<CoreFlowsPreview>(base).then(setStatus, (error) => setProblems(problemsOf(error).problems)),
    [base],
  );
  useEffect(() => {
    refresh();
  }, [refresh]);

  function open(core: CoreFlowId) {
    setTarget(core);
    setOutcomes(null);
    dialog.current?.showModal();
  }

  async function generated(result: GenerationOutcome[]) {
    setOutcomes(result);
    dialog.current?.close();
    setTarget(null);
    // The project panel's flow tree shows the new flows at once.
    window.dispatchEvent(new Event(FLOWS_CHANGED));
    await refresh();
  }

  return (
    <section className="card" aria-labelledby="core-flows-heading">
      <div className="section-heading">
        <h2 id="core-flows-heading">Core flows</h2>
        <span className="muted">
          Generated into the Shared Folder; they are ordinary flows you can open and change.
        </span>
      </div>
      <Problems title="Core flows are not available" problems={problems} />
      {!status && !problems.length && <Loading what="core flows" />}
      {status && (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Flow</th>
              <th scope="col">Name</th>
              <th scope="col">State</th>
              <th scope="col">Action</th>
            </tr>
          </thead>
          <tbody>
            {status.status.map((flow) => (
              <tr key={flow.core} data-testid={`core-flow-${flow.core}`}>
                <td>{flow.title}</td>
                <td>
                  <code>{flow.name}</code>
                </td>
                <td>
                  {!flow.flowId ? (
                    <span className="muted">Not generated</span>
                  ) : flow.edited ? (
                    <span className="warning">Generated, edited since</span>
                  ) : (
                    <span className="ok">Generated</span>
                  )}
                </td>
                <td>
                  <button
                    type="button"
                    aria-label={`${flow.flowId ? "Regenerate" : "Generate flow"} ${flow.title}`}
                    {...rights("POST /api/projects/[projectId]/core-flows", {
                      disabled: !flow.available,
                      title: flow.available ? undefined : "Generate the HTTP Helper flow first: this flow calls it",
                    })}
                    onClick={() => open(flow.core)}
                  >
                    {flow.flowId ? "Regenerate" : "Generate flow"}
                  </button>
                  {!flow.available && <p className="hint">Needs HTTP Helper first</p>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {outcomes && (
        <ul className="plain small-text" role="status">
          {outcomes.map((outcome) => (
            <li key={outcome.name} className="ok">
              {outcome.name}: {outcome.action}
            </li>
          ))}
        </ul>
      )}
      <dialog
        ref={dialog}
        className="dialog"
        style={{ width: "min(760px, 94vw)" }}
        aria-labelledby="core-flow-dialog-title"
        onClose={() => setTarget(null)}
      >
        {target && (
          <GenerateDialog base={base} core={target} onDone={generated} onCancel={() => dialog.current?.close()} />
        )}
      </dialog>
    </section>
  );
}

function GenerateDialog({
  base,
  core,
  onDone,
  onCancel,
}: {
  base: string;
  core: CoreFlowId;
  onDone(outcomes: GenerationOutcome[]): void;
  onCancel(): void;
}) {
  const [authConfigId, setAuthConfigId] = useState<string | undefined>(undefined);
  const [preview, setPreview] = useState<CoreFlowsPreview | null>(null);
  const [pingPath, setPingPath] = useState<string | null>(null);
  const [customPath, setCustomPath] = useState("");
  const [decisions, setDecisions] = useState<Record<string, EditedDecision>>({});
  const [problems, setProblems] = useState<ProblemDetail[]>([]);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    callApi<CoreFlowsPreview>(`${base}/plan`, { json: { flows: [core], authConfigId } }).then(
      (next) => {
        setPreview(next);
        setPingPath(next.ping.choice?.path ?? null);
        setProblems([]);
      },
      (error) => setProblems(problemsOf(error).problems),
    );
  }, [base, core, authConfigId]);

  const pingOptions = preview
    ? [preview.ping.choice, ...preview.ping.candidates].filter((ping): ping is PingOperation => !!ping)
    : [];
  const picked = pingOptions.find((ping) => ping.path === pingPath);
  const ping =
    core !== "authping"
      ? undefined
      : customPath.trim()
        ? { path: customPath.trim() }
        : picked && picked !== preview?.ping.choice
          ? { path: picked.path, query: picked.query }
          : undefined;

  async function generate() {
    setBusy(true);
    try {
      const result = await callApi<{ outcomes: GenerationOutcome[] }>(base, {
        json: { flows: [core], authConfigId, ping, decisions },
      });
      onDone(result.outcomes);
    } catch (error) {
      setProblems(problemsOf(error).problems);
    } finally {
      setBusy(false);
    }
  }

  const entry = preview?.plan[0];
  return (
    <>
      <h2 id="core-flow-dialog-title">Generate {entry?.name ?? "flow"}</h2>
      {!preview && !problems.length && <Loading what="what will be generated" />}
      {preview && entry && (
        <div className="dialog-body">
          <p>{entry.message}</p>
          <dl className="details">
            <dt>Auth configuration</dt>
            <dd>
              {preview.authConfigs.length ? (
                <select
                  aria-label="Auth configuration"
                  value={authConfigId ?? preview.authConfig?.id ?? ""}
                  onChange={(event) => setAuthConfigId(event.target.value)}
                >
                  {preview.authConfigs.map((config) => (
                    <option key={config.id} value={config.id}>
                      {config.name} ({config.type})
                    </option>
                  ))}
                </select>
              ) : (
                <span className="muted">None yet: requests go out without authentication until you add one.</span>
              )}
              <HelperAuthNote preview={preview} core={core} />
            </dd>
            <dt>Server</dt>
            <dd>{preview.serverDescription}</dd>
          </dl>
          {core === "authping" && (
            <fieldset className="checks" aria-label="Operation to check the connection with">
              <legend>Operation _authping calls</legend>
              {preview.ping.choice ? (
                <p className="small-text" data-testid="ping-choice">
                  Suggested: <code>{pingLabel(preview.ping.choice)}</code> — {preview.ping.choice.reason}
                </p>
              ) : (
                <p className="warning small-text" data-testid="ping-choice">
                  {preview.ping.message}
                </p>
              )}
              {pingOptions.map((option) => (
                <label key={option.path} className="small-text" style={{ display: "block" }}>
                  <input
                    type="radio"
                    name="ping"
                    checked={!customPath && pingPath === option.path}
                    onChange={() => {
                      setPingPath(option.path);
                      setCustomPath("");
                    }}
                  />{" "}
                  <code>{pingLabel(option)}</code>{" "}
                  <span className="muted">
                    {option.summary ?? option.operationId ?? ""} — {option.reason}
                  </span>
                </label>
              ))}
              <label className="small-text" style={{ display: "block", marginTop: 6 }}>
                Or another path:{" "}
                <input
                  aria-label="Authping path"
                  placeholder="/users/me"
                  value={customPath}
                  onChange={(event) => setCustomPath(event.target.value)}
                />
              </label>
            </fieldset>
          )}
          {entry.action === "edited" && (
            <fieldset className="checks">
              <legend>{entry.name} was changed after it was generated</legend>
              {(
                [
                  ["skip", "Keep mine (generate nothing)"],
                  ["copy", `Save the new one as "${entry.copyName}"`],
                  ["overwrite", "Replace mine (a new version; mine stays in the history)"],
                ] as const
              ).map(([value, label]) => (
                <label key={value} className="small-text" style={{ display: "block" }}>
                  <input
                    type="radio"
                    name="decision"
                    checked={(decisions[entry.name] ?? "skip") === value}
                    onChange={() => setDecisions({ [entry.name]: value })}
                  />{" "}
                  {label}
                </label>
              ))}
            </fieldset>
          )}
        </div>
      )}
      <Problems title="Could not generate" problems={problems} />
      <div className="actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="primary" disabled={busy || !preview} onClick={generate}>
          Generate
        </button>
      </div>
    </>
  );
}

/** Says which configuration httpHelper was generated for, and warns when the dialog would use another one. */
function HelperAuthNote({ preview, core }: { preview: CoreFlowsPreview; core: CoreFlowId }) {
  const helper = preview.helperAuthConfig;
  if (!helper) return null;
  const chosen = preview.authConfig;
  const differs = chosen && chosen.id !== helper.id;
  return (
    <p className={differs ? "hint warning" : "hint"} data-testid="helper-auth">
      httpHelper was generated for{" "}
      <strong>
        {helper.name} ({helper.type})
      </strong>
      .
      {differs &&
        (core === "httpHelper"
          ? ` Regenerating with ${chosen.name} changes how every request of the connector authenticates.`
          : ` ${chosen.name} differs: this flow would describe another scheme than the requests use.`)}
    </p>
  );
}
